#!/usr/bin/env bash
# Install (or uninstall) Entity Explorer's menu entry, icons and AppStream
# metadata for the current user, in the XDG directories under ~/.local.
#
#   packaging/install-desktop.sh install     # `make install-desktop`
#   packaging/install-desktop.sh uninstall   # `make uninstall-desktop`
#
# With a frozen build in dist/entity-explorer/ (`make package`; another folder
# with ENTITY_EXPLORER_BUNDLE=DIR), the bundle is copied to
# ~/.local/lib/entity-explorer/ and linked as ~/.local/bin/entity-explorer, so the
# entry keeps working after the checkout goes. Without one, the entry points at
# this checkout's .venv/bin/entity-explorer (a developer install).
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
BUNDLE="${ENTITY_EXPLORER_BUNDLE:-$ROOT/dist/entity-explorer}"
DATA="${XDG_DATA_HOME:-$HOME/.local/share}"
APP_DIR="$HOME/.local/lib/entity-explorer"
BIN_LINK="$HOME/.local/bin/entity-explorer"
DESKTOP="entity-explorer.desktop"
METAINFO="io.github.entityexplorer.EntityExplorer.metainfo.xml"
ICON="entity-explorer"

refresh_caches() {
    # File managers find "Open With" handlers in mimeinfo.cache; an existing (stale)
    # icon cache would hide the new icon. Both tools are optional.
    if command -v update-desktop-database >/dev/null; then
        update-desktop-database -q "$DATA/applications" || true
    fi
    if command -v gtk-update-icon-cache >/dev/null && [ -f "$DATA/icons/hicolor/icon-theme.cache" ]; then
        gtk-update-icon-cache -q -t "$DATA/icons/hicolor" || true
    fi
}

install() {
    local exe
    if [ -x "$BUNDLE/entity-explorer" ]; then
        rm -rf "$APP_DIR"
        mkdir -p "$(dirname "$APP_DIR")" "$(dirname "$BIN_LINK")"
        cp -a "$BUNDLE" "$APP_DIR"
        # Never replace another entity-explorer on PATH (pip, pipx) with our link.
        if [ ! -e "$BIN_LINK" ] || [ "$(readlink "$BIN_LINK")" = "$APP_DIR/entity-explorer" ]; then
            ln -sfn "$APP_DIR/entity-explorer" "$BIN_LINK"
        else
            echo "Kept the existing $BIN_LINK; the menu entry runs $APP_DIR/entity-explorer" >&2
        fi
        exe="$APP_DIR/entity-explorer"
    elif [ -x "$ROOT/.venv/bin/entity-explorer" ]; then
        echo "No frozen build in $BUNDLE (make package): the entry runs $ROOT/.venv/bin/entity-explorer" >&2
        exe="$ROOT/.venv/bin/entity-explorer"
    else
        echo "Nothing to install: run 'make package' (or 'make run' for a developer install) first." >&2
        exit 1
    fi
    case "$exe" in
        *[\"\`\$\\]*) echo "Cannot write a desktop entry for the path $exe" >&2; exit 1 ;;
    esac

    mkdir -p "$DATA/applications" "$DATA/metainfo" "$DATA/icons/hicolor/scalable/apps"
    # Exec is quoted (the path may hold spaces); TryExec hides the entry if the program goes.
    sed -e "/^#/d" -e "s|^Exec=entity-explorer |Exec=\"$exe\" |" -e "s|^TryExec=.*|TryExec=$exe|" \
        "$ROOT/resources/$DESKTOP" > "$DATA/applications/$DESKTOP"
    cp "$ROOT/resources/$METAINFO" "$DATA/metainfo/$METAINFO"
    cp "$ROOT/resources/icons/$ICON.svg" "$DATA/icons/hicolor/scalable/apps/$ICON.svg"
    for png in "$ROOT"/resources/icons/hicolor/*/apps/"$ICON.png"; do
        local dest="$DATA/icons/${png#"$ROOT/resources/icons/"}"
        mkdir -p "$(dirname "$dest")"
        cp "$png" "$dest"
    done
    refresh_caches
    echo "Installed the Entity Explorer menu entry (runs $exe)."
}

uninstall() {
    rm -f "$DATA/applications/$DESKTOP" "$DATA/metainfo/$METAINFO" \
        "$DATA/icons/hicolor/scalable/apps/$ICON.svg"
    for png in "$ROOT"/resources/icons/hicolor/*/apps/"$ICON.png"; do
        rm -f "$DATA/icons/${png#"$ROOT/resources/icons/"}"
    done
    # Only our own link: another entity-explorer on PATH (pip, pipx) stays.
    if [ "$(readlink "$BIN_LINK" 2>/dev/null)" = "$APP_DIR/entity-explorer" ]; then
        rm -f "$BIN_LINK"
    fi
    rm -rf "$APP_DIR"
    refresh_caches
    echo "Removed the Entity Explorer menu entry, icons and bundle (indexes are kept)."
}

case "${1:-}" in
    install) install ;;
    uninstall) uninstall ;;
    *) echo "usage: $0 install|uninstall" >&2; exit 2 ;;
esac
