"""``annotator review``: the class review of an exercise, as text or streamed JSON."""

from __future__ import annotations

import argparse
import sys
import textwrap
from typing import Any

from annotator.cli_common import CliError, CliText, open_for_reading

__all__ = ["add_review_command"]

def _review_epilog() -> str:
    return CliText.tr("""Student-by-student matrices (pairwise Cohen's kappa, span F1)
grow with the square of the class; above 200 students they are left out unless --pairwise
or --pairwise-students asks for them. Every summary (alpha, kappa, the mean of the pairwise
kappas) is always given.

examples:
  annotator review --exercise 7e0e --json > review.json
  annotator review --exercise 7e0e --json --only scores --indent 2
  annotator review --exercise 7e0e --json --only agreement --pairwise-students ada,ben
""")

def _review_parts(text: str) -> frozenset[str]:
    from annotator.services.review import PARTS

    parts = frozenset(p.strip() for p in text.split(",") if p.strip())
    unknown = sorted(parts - set(PARTS))
    if unknown or not parts:
        raise argparse.ArgumentTypeError(
            CliText.tr("unknown part {part} (choose from {parts})").format(
                part=repr(unknown[0] if unknown else text), parts=", ".join(PARTS)))
    return parts



def add_review_command(sub: Any) -> None:
    p = sub.add_parser(
        "review", help=CliText.tr("the class review of an exercise: agreement, scores, contested "
                                  "passages"),
        description=textwrap.fill(CliText.tr(  # the epilog's lines are kept as written
            "The class review of an exercise. With --json the figures are streamed out as "
            "compact JSON (one line) as they are computed; --indent makes it readable."),
            width=79),
        epilog=_review_epilog(), formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("--exercise", dest="exercise_id", required=True, metavar="ID",
                   help=CliText.tr("exercise id or a unique prefix of it"))
    p.add_argument("--article", dest="article_id", metavar="ID",
                   help=CliText.tr("only this article (id or a unique prefix)"))
    p.add_argument("--anonymise", action="store_true",
                   help=CliText.tr("name students Student 1..N"))
    p.add_argument("--json", action="store_true", help=CliText.tr("print JSON for scripts"))
    p.add_argument("--indent", type=int, metavar="N", default=None,
                   help=CliText.tr("indent the JSON by N spaces (default: compact)"))
    p.add_argument("--only", metavar="PARTS", type=_review_parts, default=None,
                   help=CliText.tr("only these parts, comma-separated: scores, agreement, "
                                   "contested, overlay (the overlay summary and the chart "
                                   "data)"))
    pairwise = p.add_mutually_exclusive_group()
    pairwise.add_argument("--pairwise", dest="pairwise", action="store_true", default=None,
                          help=CliText.tr("include the student-by-student matrices whatever "
                                          "the class size (by default only up to 200 "
                                          "students)"))
    pairwise.add_argument("--no-pairwise", dest="pairwise", action="store_false",
                          help=CliText.tr("leave the student-by-student matrices out"))
    pairwise.add_argument("--pairwise-students", metavar="IDS", default=None,
                          help=CliText.tr("the matrices for these students only: ids, unique "
                                          "id prefixes or exact names, comma-separated"))
    p.set_defaults(handler=_cmd_review)


def _reading(measure: str, figure: dict[str, Any]) -> str:
    """The plain-language reading of a figure in the language of the messages: the same
    translation the Class Overview shows (context ``Readings``, core/readings.py). The JSON
    keeps the English reading, as data."""
    from annotator.core.i18n import current_language

    english = str(figure["reading"])
    if current_language() == "en":
        return english
    from annotator.core.readings import plain_reading

    value = figure["value"]
    if plain_reading(measure, value) != english:  # rounded across a boundary: keep it
        return english
    return plain_reading(measure, value, translated=True, number=_decimal)


def _decimal(value: float, digits: int = 2) -> str:
    """``value`` to ``digits`` decimals, with the decimal comma of German, French and
    Spanish."""
    from annotator.core.i18n import current_language
    from annotator.core.readings import format_value

    shown = format_value(value, digits)
    return shown if current_language() == "en" else shown.replace(".", ",")


def _review_text(figures: dict[str, Any]) -> str:
    lines = [CliText.tr("Review of {title}").format(title=figures["exercise"]["title"])]
    empty = [s["name"] for s in figures.get("students", []) if s["status"] != "marked"]
    if empty:
        lines.append(CliText.tr("Handed in, nothing marked: {names}").format(
            names=", ".join(empty)))
    for article in figures["articles"]:
        students = article["students"]
        lines += ["", f"== {article['article']['title']} ==",
                  CliText.tr("%n student(s); answer key: yes", "", len(students))
                  if article["key"] else
                  CliText.tr("%n student(s); answer key: none", "", len(students))]
        if article["not_marked"]:
            lines.append("  " + CliText.tr("Nothing marked here: {names}").format(
                names=", ".join(s["name"] for s in article["not_marked"])))
        agreement = article.get("agreement")
        if agreement is not None:
            for key, measure, name in (
                    ("krippendorff_alpha", "krippendorff_alpha",
                     CliText.tr("Krippendorff's alpha")),
                    ("fleiss_kappa", "fleiss_kappa", CliText.tr("Fleiss' kappa")),
                    ("mean_cohen_kappa", "cohen_kappa", CliText.tr("Mean Cohen's kappa"))):
                lines.append("  " + CliText.tr("{name}: {reading}").format(
                    name=name, reading=_reading(measure, agreement[key])))
            unitizing = agreement["unitizing_alpha"]["u_alpha"]
            lines.append("  " + CliText.tr("{name}: {reading}").format(
                name=CliText.tr("Unitizing alpha"),
                reading=_reading("unitizing_alpha", unitizing)))
        if article.get("contested"):
            lines.append("  " + CliText.tr("Most contested:"))
            lines += [f"    {_decimal(c['score'])}  {c['excerpt']}"
                      for c in article["contested"][:5]]
        for entry in article.get("scores", []):
            f1 = entry["overlap"]["all"]["f1"]
            shown = "–" if f1 is None else _decimal(f1)
            lines.append("  " + CliText.tr("{name}: {reading}").format(
                name=entry["name"], reading=CliText.tr(
                    "F1 against the key (overlap) {value}").format(value=shown)))
    return "\n".join(lines)


def _pick_students(ctx: Any, exercise_id: Any, wanted: str, anonymise: bool) -> tuple[str, ...]:
    from annotator.services.review import exercise_students

    people = exercise_students(ctx.db, exercise_id, anonymise)
    chosen: list[str] = []
    for token in (t.strip() for t in wanted.split(",")):
        if not token:
            continue
        found = [p.id for p in people if p.name == token or p.display_name == token]
        if not found:
            found = [p.id for p in people if p.id.startswith(token.lower())]
        if len(found) != 1:
            raise CliError("--pairwise-students: " + (
                CliText.tr("{name} is ambiguous") if found else
                CliText.tr("{name} is not a student of this exercise")).format(
                    name=repr(token)))
        chosen.append(found[0])
    return tuple(chosen)


def _cmd_review(args: argparse.Namespace) -> int:
    from annotator.exchange.json_stream import write_json
    from annotator.services.review import PARTS, ReviewOptions, iter_review, review_figures
    from annotator.services.review_read import find_exercise, read_exercise

    ctx = open_for_reading(args)  # plain sqlite3 when the file needs nothing done
    with ctx.db.reader() as r:
        exercise = read_exercise(r, find_exercise(r, args.exercise_id))
    article_id = None
    if args.article_id:
        wanted = args.article_id.strip().lower()
        found = [a for a, _title in exercise.articles if str(a).startswith(wanted)]
        if len(found) != 1 or not wanted:
            raise CliError((
                CliText.tr("exercise {id} has no article {article} (the prefix is ambiguous)")
                if len(found) > 1 else
                CliText.tr("exercise {id} has no article {article}")).format(
                    id=exercise.id, article=repr(args.article_id)))
        article_id = found[0]
    if args.indent is not None and not args.json:
        raise CliError(CliText.tr("--indent goes with --json"))
    chosen = None
    if args.pairwise_students is not None:
        chosen = _pick_students(ctx, exercise.id, args.pairwise_students, args.anonymise)
    options = ReviewOptions(parts=args.only or frozenset(PARTS), pairwise=args.pairwise,
                            pairwise_students=chosen)
    if args.json:
        figures = iter_review(ctx.db, exercise.id, article_id, anonymise=args.anonymise,
                              options=options)
        write_json(figures, sys.stdout.write, indent=args.indent)
        sys.stdout.write("\n")
    else:
        print(_review_text(review_figures(ctx.db, exercise.id, article_id,
                                          anonymise=args.anonymise, options=options)))
    return 0
