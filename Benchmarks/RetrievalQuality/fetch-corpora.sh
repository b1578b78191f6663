#!/usr/bin/env bash
# Assembles the two documentation sets of the retrieval-quality benchmark from Debian packages:
#   git-html   95 HTML manual pages and guides of Git (package git-doc, /usr/share/doc/git/html)
#   nodejs-md  55 Markdown API pages of Node.js (package nodejs-doc, /usr/share/doc/nodejs/api/*.md.gz)
# Usage: fetch-corpora.sh [TARGET]   (default ${XDG_CACHE_HOME:-$HOME/.cache}/ragkit-eval)
# Installs the packages when missing (as root, or prints the apt-get line), then copies the chosen
# pages into TARGET/<set>/. Idempotent: an existing set with the same file list is left as it is,
# and file contents and mtimes are the package's, so an index built over them stays valid.
set -euo pipefail

TARGET="${1:-${XDG_CACHE_HOME:-$HOME/.cache}/ragkit-eval}"
GIT_SRC=/usr/share/doc/git/html
NODE_SRC=/usr/share/doc/nodejs/api

# Main porcelain, ancillary commands, interaction helpers and the guides (cmds-*.txt in git-doc);
# plumbing, technical/ and howto/ are left out.
GIT_PAGES="git-add git-am git-annotate git-archive git-bisect git-blame git-branch git-bugreport
git-bundle git-checkout git-cherry-pick git-citool git-clean git-clone git-commit git-config
git-count-objects git-describe git-diagnose git-diff git-difftool git-fast-export git-fast-import
git-fetch git-filter-branch git-format-patch git-fsck git-gc git-grep git-gui git-help git-init
git-instaweb git-log git-maintenance git-merge git-merge-tree git-mergetool git-mv git-notes
git-pack-refs git-prune git-pull git-push git-range-diff git-rebase git-reflog git-remote git-repack
git-replace git-rerere git-reset git-restore git-revert git-rm git-shortlog git-show git-show-branch
git-sparse-checkout git-stash git-status git-submodule git-switch git-tag git-verify-commit
git-verify-tag git-version git-whatchanged git-worktree gitattributes gitcli gitcore-tutorial
gitcredentials gitcvs-migration gitdiffcore giteveryday gitfaq gitglossary githooks gitignore gitk
gitmailmap gitmodules gitnamespaces gitremote-helpers gitrepository-layout gitrevisions
gitsubmodules gittutorial gittutorial-2 gitweb gitworkflows scalar git user-manual"

# Every API page except the C/C++ ones (n-api, addons, embedding), the deprecation list and the
# index pages (all, index, documentation, synopsis).
NODE_EXCLUDE="n-api addons embedding deprecations all index documentation synopsis"

need=()
[ -d "$GIT_SRC" ] || need+=(git-doc)
ls "$NODE_SRC"/*.md.gz >/dev/null 2>&1 || need+=(nodejs-doc)
if [ ${#need[@]} -gt 0 ]; then
    if [ "$(id -u)" = 0 ]; then
        apt-get install -y -q --no-install-recommends "${need[@]}" >/dev/null \
            || { apt-get update -qq && apt-get install -y -q --no-install-recommends "${need[@]}" >/dev/null; }
    else
        echo "fetch-corpora: run: sudo apt-get install -y ${need[*]}" >&2
        exit 1
    fi
fi

mkdir -p "$TARGET/git-html" "$TARGET/nodejs-md"

# git-html: copy each page when missing or different (cp -p keeps the package's mtime).
for page in $GIT_PAGES; do
    src="$GIT_SRC/$page.html"
    [ -f "$src" ] || { echo "fetch-corpora: $src is missing; is git-doc complete?" >&2; exit 1; }
    cmp -s "$src" "$TARGET/git-html/$page.html" || cp -p "$src" "$TARGET/git-html/$page.html"
done

# nodejs-md: decompress each page when missing or different, with the package's mtime.
for src in "$NODE_SRC"/*.md.gz; do
    name="$(basename "$src" .md.gz)"
    case " $(echo $NODE_EXCLUDE) " in *" $name "*) continue ;; esac
    out="$TARGET/nodejs-md/$name.md"
    if ! gzip -dc "$src" | cmp -s - "$out" 2>/dev/null; then
        gzip -dc "$src" > "$out"
        touch -r "$src" "$out"
    fi
done

echo "git-html:  $(ls "$TARGET/git-html" | wc -l) pages, $(du -sh "$TARGET/git-html" | cut -f1) in $TARGET/git-html"
echo "nodejs-md: $(ls "$TARGET/nodejs-md" | wc -l) pages, $(du -sh "$TARGET/nodejs-md" | cut -f1) in $TARGET/nodejs-md"
echo "packages:  git-doc $(dpkg-query -W -f='${Version}' git-doc), nodejs-doc $(dpkg-query -W -f='${Version}' nodejs-doc)"
