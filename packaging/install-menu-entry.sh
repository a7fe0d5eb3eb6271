#!/bin/sh
# Put Casefile in this user's applications menu, starting the app in this folder. Run it once
# after extracting the archive (double-click it and choose "Run", or: sh install-menu-entry.sh);
# run it again if you move the folder. Nothing outside your home folder is changed.
set -e
here=$(cd "$(dirname "$0")" && pwd)
data=${XDG_DATA_HOME:-$HOME/.local/share}
mkdir -p "$data/applications" "$data/icons/hicolor/scalable/apps"
cp "$here/org.casefile.Casefile.svg" "$data/icons/hicolor/scalable/apps/"
sed "s|^Exec=.*|Exec=\"$here/casefile-desktop\" %f|" "$here/org.casefile.Casefile.desktop" \
    > "$data/applications/org.casefile.Casefile.desktop"
update-desktop-database "$data/applications" 2>/dev/null || true
echo "Casefile is now in your applications menu."
