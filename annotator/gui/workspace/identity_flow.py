"""Who is annotating: continue as the database's owner, ask "which of these are you?", or
ask a new name (refusing a silent namesake). The facts live in services/identity.py.
"""

from __future__ import annotations

import json
import uuid
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from annotator.gui import settings as opt
from annotator.gui.i18n import arg
from annotator.gui.identity_dialogs import ME, OTHER
from annotator.services import identity
from annotator.services.annotators import create_annotator, get_annotator, rename_annotator
from annotator.services.views import AnnotatorView
from annotator.storage.models import Role

if TYPE_CHECKING:
    from annotator.gui.main_window import MainWindow


class IdentityFlow(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.w = window

    # -- at start ------------------------------------------------------------------------

    def resolve(self) -> uuid.UUID | None:
        """The person to continue as: remembered on this computer, else the database's owner,
        else its only local student; None when nobody (or several people) could be meant."""
        db = self.w.ctx.db
        if db.is_server:  # on a school server the login says who this is
            from annotator.services.school import server_identity

            me = server_identity(db)
            return me.id if me is not None else None
        try:
            remembered = uuid.UUID(str(self.w.settings.get(opt.STUDENT_ID)))
        except ValueError:
            remembered = None
        if remembered is not None and get_annotator(db, remembered) is not None:
            if identity.owner(db) is None:  # a database from before owners were recorded
                self.remember(remembered)
            return remembered
        owner = identity.owner(db)
        if owner is not None:
            return owner.id
        people = identity.local_people(db)
        if len(people) == 1:
            identity.set_owner(db, people[0].id)
            return people[0].id
        return None

    def needs_choice(self) -> bool:
        """Several people's own work and nobody chosen: ask once the window shows."""
        if self.w.ctx.db.is_server:
            return False
        return self.w.annotator_id is None and len(identity.local_people(self.w.ctx.db)) > 1

    # -- when the work needs a name -----------------------------------------------------

    def ensure(self) -> uuid.UUID | None:
        """The current annotator, asking who the person is first if nobody is chosen."""
        if self.w.annotator_id is not None:
            return self.w.annotator_id
        people = identity.local_people(self.w.ctx.db)
        if people:
            names = _distinct_names(people)
            row = self.w.prompts.which(self.w, names)
            if row is None:
                return None
            if row < len(people):
                self.w.set_annotator(people[row].id)
                return people[row].id
        return self._new_person()

    def _new_person(self) -> uuid.UUID | None:
        name = self.w.prompts.name(self.w, "")
        if not name:
            return None
        same = identity.namesakes(self.w.ctx.db, name)
        if same:
            answer = self.w.prompts.namesake(self.w, same[0].display_name, True)
            if answer == ME:
                self.w.set_annotator(same[0].id)
                return same[0].id
            if answer != OTHER:
                return None
        from annotator.gui.write_failure import run_or_offer_retry

        # Creating the name is a write like any other: a read-only or full disk brings up
        # the retry dialog, never the crash dialog (issue 18).
        person = run_or_offer_retry(
            self.w, lambda: create_annotator(self.w.ctx.db, name, bus=self.w.ctx.bus),
            arg(self.tr("your name “%1”"), name),
            json.dumps({"display_name": name}, ensure_ascii=False),
        )
        if person is None:
            return None
        self.w.set_annotator(person.id)
        return person.id

    def rename(self) -> None:
        """File > Change Name…: a name another person has needs the student's confirmation."""
        current = get_annotator(self.w.ctx.db, self.w.annotator_id) if self.w.annotator_id else None
        if current is None:
            return
        name = self.w.prompts.name(self.w, current.display_name)
        if not name:
            return
        same = identity.namesakes(self.w.ctx.db, name, besides=current.id)
        if same and self.w.prompts.namesake(self.w, same[0].display_name, False) != OTHER:
            return
        rename_annotator(self.w.ctx.db, current.id, name, bus=self.w.ctx.bus)

    def remember(self, annotator_id: uuid.UUID) -> None:
        """Record the person as the database's owner (the answer key never is)."""
        if self.w.ctx.db.is_server:  # the server knows its people by their logins
            return
        person = get_annotator(self.w.ctx.db, annotator_id)
        if person is not None and person.role != Role.KEY:
            identity.set_owner(self.w.ctx.db, annotator_id)


def _distinct_names(people: list[AnnotatorView]) -> list[str]:
    """Names for a list, numbering confirmed namesakes so each row can be told apart."""
    seen: dict[str, int] = {}
    names = []
    for person in people:
        count = seen.get(person.display_name, 0) + 1
        seen[person.display_name] = count
        names.append(person.display_name if count == 1 else f"{person.display_name} ({count})")
    return names
