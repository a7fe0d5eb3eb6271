"""Record editors: a form for every list, the date editor, linking, deleting, the guided
testimony wizard, and File › Import/Export.

The shell calls exactly these; every save and delete goes through ``casefile.desktop.commands``
so Edit › Undo covers it, and through the core so the audit trail sees it.
"""

from casefile.desktop.editors.delete import confirm_and_delete
from casefile.desktop.editors.editor import open_editor
from casefile.desktop.editors.transfer import export_dialog, import_dialog
from casefile.desktop.editors.wizard import run_guided_testimony

__all__ = ["open_editor", "confirm_and_delete", "run_guided_testimony", "import_dialog", "export_dialog"]
