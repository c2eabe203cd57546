"""``annotator server ...``: set up and run a school server (docs/server.md).

Every command takes the admin's ``postgresql://`` URL. Passwords are generated, printed once
for the admin to hand out, and stored only as SCRAM verifiers by PostgreSQL.
"""

from __future__ import annotations

import argparse
import uuid
from pathlib import Path
from typing import Any

from annotator.cli_common import CliText

__all__ = ["add_server_commands"]


def _epilog() -> str:
    return CliText.tr("examples:") + """
  annotator server init postgresql://admin@db.school.example/school
  annotator server add-class postgresql://admin@db.school.example/school 7b --exercise 7e0e2d23
  annotator server add-student postgresql://admin@db.school.example/school --class 7b \\
      --name "Ada Lovelace"
  annotator server add-student postgresql://admin@db.school.example/school --class 7b \\
      --csv class-7b.csv
  annotator server add-instructor postgresql://admin@db.school.example/school --name "Ms Reed"
  annotator server upgrade postgresql://admin@db.school.example/school
"""


def add_server_commands(sub: Any) -> None:
    server = sub.add_parser(
        "server", help=CliText.tr("set up a school server (PostgreSQL): init, classes, accounts, "
                                  "upgrade"),
        description=CliText.tr("Set up and maintain a school server; see docs/server.md."),
        epilog=_epilog(), formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    commands = server.add_subparsers(dest="server_command", metavar="SERVER_COMMAND",
                                     required=True)

    def url_command(name: str, *, help: str) -> argparse.ArgumentParser:
        p: argparse.ArgumentParser = commands.add_parser(name, help=help)
        p.add_argument("url", metavar="URL", help=CliText.tr("the admin's postgresql:// URL"))
        return p

    p = url_command("init", help=CliText.tr("create the schema, roles and row-level security "
                                       "policies"))
    p.set_defaults(handler=_cmd_init)
    p = url_command("upgrade", help=CliText.tr("upgrade the server's schema to this version of "
                                          "the app"))
    p.set_defaults(handler=_cmd_upgrade)
    p = url_command("add-class", help=CliText.tr("create a class (and set exercises for it)"))
    p.add_argument("name", metavar="CLASS")
    p.add_argument("--exercise", action="append", default=[], metavar="ID",
                   help=CliText.tr("an exercise the class works on (id or a unique prefix; "
                                   "repeatable)"))
    p.set_defaults(handler=_cmd_add_class)
    for role in ("student", "instructor"):
        p = url_command(f"add-{role}", help=CliText.tr(
            "create student accounts and print their passwords") if role == "student" else
            CliText.tr("create instructor accounts and print their passwords"))
        if role == "student":
            p.add_argument("--class", dest="class_name", required=True, metavar="CLASS")
        group = p.add_mutually_exclusive_group(required=True)
        group.add_argument("--name", help=CliText.tr("the person's name as shown in the app"))
        group.add_argument("--csv", type=Path, metavar="FILE",
                           help=CliText.tr("a class list: a header row with name (and login) "
                                           "columns"))
        p.add_argument("--login", help=CliText.tr("the login (default: made from the name)"))
        p.set_defaults(handler=_cmd_add_people, role=role)


def _cmd_init(args: argparse.Namespace) -> int:
    from annotator.services.school import init_server

    setup = init_server(args.url)
    print((CliText.tr("school database {name}: schema created") if setup.created_schema else
           CliText.tr("school database {name}: schema already there")).format(
               name=setup.database))
    roles = CliText.tr("roles: {students} (students), {instructors} (instructors)").format(
        students=setup.students_role, instructors=setup.instructors_role)
    if setup.created_roles:
        roles += CliText.tr("; created {roles}").format(roles=", ".join(setup.created_roles))
    print(roles)
    print(CliText.tr("row-level security: on (students see their classes' exercises and "
                     "their own work)"))
    print(CliText.tr("next: annotator server add-class URL CLASS --exercise ID; then "
                     "add-student"))
    print(CliText.tr("hand out: File > Connect to School Server, address {url}").format(
        url=setup.login_url("LOGIN")))
    return 0


def _cmd_upgrade(args: argparse.Namespace) -> int:
    from annotator.services.school import upgrade_server

    old, new = upgrade_server(args.url)
    print((CliText.tr("schema {new} (upgraded from {old}); policies re-applied") if old else
           CliText.tr("schema {new} (already current); policies re-applied")).format(
               new=new, old=old))
    return 0


def _open_admin(url: str) -> Any:
    from annotator.services.school import ServerError
    from annotator.storage.database import open_database
    from annotator.storage.engine import is_postgresql

    if not is_postgresql(url):
        raise ServerError(f"{url}: " + CliText.tr("a school server is a postgresql:// URL"))
    return open_database(url)


def _cmd_add_class(args: argparse.Namespace) -> int:
    from annotator.services.exercises import parse_exercise_id
    from annotator.services.school import add_class, set_exercise_for_class

    db = _open_admin(args.url)
    try:
        add_class(db, args.name)
        ids: list[uuid.UUID] = [parse_exercise_id(db, e) for e in args.exercise]
        for exercise_id in ids:
            set_exercise_for_class(db, args.name, exercise_id)
    finally:
        db.close()
    print(CliText.tr("class {name}: %n exercise(s) set", "", len(ids)).format(name=args.name)
          if ids else CliText.tr("class {name}").format(name=args.name))
    return 0


def _cmd_add_people(args: argparse.Namespace) -> int:
    from annotator.services.school import ServerError, add_person, read_class_list
    from annotator.storage.models import Role

    if args.csv is not None and args.login:
        raise ServerError(CliText.tr("--login goes with --name; a class list has a login "
                                     "column"))
    people = read_class_list(args.csv) if args.csv else [(args.name, args.login)]
    class_name = getattr(args, "class_name", None)
    role = Role.STUDENT if args.role == "student" else Role.INSTRUCTOR
    db = _open_admin(args.url)
    accounts = []
    try:
        for name, login in people:
            accounts.append(add_person(db, name, class_name=class_name, login=login, role=role))
    finally:
        db.close()
        if accounts:
            heads = (CliText.tr("name"), CliText.tr("login"), CliText.tr("password"))
            width = max(len(heads[0]), *(len(a.display_name) for a in accounts))
            print(f"{heads[0].ljust(width)}  {heads[1]}  {heads[2]}")
            for a in accounts:  # two spaces only between columns: scripts split on them
                print(f"{a.display_name.ljust(width)}  {a.login}  {a.password}")
            print(CliText.tr("%n account(s) created; hand each person their login and "
                             "password (shown only now)", "", len(accounts)))
    return 0
