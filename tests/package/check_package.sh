#!/usr/bin/env bash
# Builds the .deb with CPack from a built tree and checks it as a user's system would meet it:
# the files (programs, menu entry, AppStream metainfo, icons in every size), the declared
# dependencies (and that this system satisfies them, as apt would before installing), the menu
# entry and metainfo through their validators, and the extracted editor answering --version
# with no display and no LD_LIBRARY_PATH.
# Usage: check_package.sh BUILD_DIR APP_ID VERSION ICON_SIZES...
set -euo pipefail

build="$1"
app_id="$2"
version="$3"
shift 3
icon_sizes=("$@")

work="$build/package-check"
rm -rf "$work"
mkdir -p "$work"
failures=0
fail() {
    echo "FAIL: $*" >&2
    failures=$((failures + 1))
}

echo "==> cpack -G DEB"
cpack --config "$build/CPackConfig.cmake" -G DEB -B "$work/out" >"$work/cpack.log" 2>&1 || {
    cat "$work/cpack.log" >&2
    echo "FAIL: cpack did not build the package" >&2
    exit 1
}
shopt -s nullglob
debs=("$work"/out/*.deb)
if [ ${#debs[@]} -ne 1 ]; then
    echo "FAIL: expected one .deb, found ${#debs[@]}" >&2
    exit 1
fi
deb="${debs[0]}"
echo "    $deb"

echo "==> Control fields"
dpkg-deb -I "$deb" >"$work/info.txt"
field() { dpkg-deb -f "$deb" "$1"; }
[ "$(field Package)" = contact-editor ] || fail "Package is '$(field Package)'"
[ "$(field Version)" = "$version" ] || fail "Version is '$(field Version)', not $version"
[ "$(field Architecture)" = "$(dpkg --print-architecture)" ] || fail "Architecture is '$(field Architecture)'"
depends="$(field Depends)"
echo "    Depends: $depends"
for lib in libc6 libstdc++6 libqt6core6 libqt6gui6 libqt6widgets6 libqt6network6 libqt6sql6 \
    libqt6keychain1 libqt6httpserver6 libssl3 libqt6sql6-sqlite libsecret-1-0; do
    pattern="$(sed 's/[+.]/\\&/g' <<<"$lib")"
    grep -Eq "(^|, |\| )$pattern( |,|$)" <<<"$depends" || fail "Depends does not name $lib"
done
[ -n "$(field Maintainer)" ] || fail "no Maintainer"
[ -n "$(field Description)" ] || fail "no Description"

# Every dependency is one this system can meet: the check apt makes before installing.
# The versions of NAME this system has: the installed package's own, and what installed packages
# provide under that name ("-" for a provide without a version). dpkg-shlibdeps names such
# virtual packages too, e.g. qt6-websockets-abi (= 6.4.2), provided by libqt6websockets6.
versions_of() {
    local installed
    installed="$(dpkg-query -W -f='${Status} ${Version}' "$1" 2>/dev/null || true)"
    case "$installed" in
    "install ok installed "*) echo "${installed##* }" ;;
    esac
    dpkg-query -W -f='${Status}|${Provides}\n' 2>/dev/null | sed -n 's/^install ok installed|//p' |
        tr ',' '\n' | awk -v name="$1" '$1 == name {
            if (match($0, /\(= *[^)]*\)/)) { v = substr($0, RSTART, RLENGTH); gsub(/[(= )]/, "", v); print v }
            else print "-" }'
}
IFS=',' read -ra clauses <<<"$depends"
for clause in "${clauses[@]}"; do
    met=0
    IFS='|' read -ra alternatives <<<"$clause"
    for alt in "${alternatives[@]}"; do
        alt="$(echo "$alt" | xargs)"
        name="${alt%% *}"
        name="${name%%:*}"
        while read -r have; do
            [ -n "$have" ] || continue
            if [[ "$alt" =~ \(([<>=]+)\ *([^\)]+)\) ]]; then
                op="${BASH_REMATCH[1]}"
                want="${BASH_REMATCH[2]}"
                case "$op" in
                ">=") dop=ge ;; "<=") dop=le ;; "=") dop=eq ;; ">>") dop=gt ;; "<<") dop=lt ;; *) dop=ge ;;
                esac
                # A provide without a version never meets a versioned dependency.
                [ "$have" != - ] || continue
                dpkg --compare-versions "$have" "$dop" "$want" || continue
            fi
            met=1
            break
        done < <(versions_of "$name")
        [ $met = 0 ] || break
    done
    [ $met = 1 ] || fail "dependency not met on this system: $clause"
done

echo "==> Files"
dpkg-deb -c "$deb" | awk '{print $NF}' >"$work/files.txt"
expect=(
    ./usr/bin/contact-editor
    ./usr/bin/contact-sandbox
    "./usr/share/applications/$app_id.desktop"
    "./usr/share/metainfo/$app_id.metainfo.xml"
    ./usr/share/icons/hicolor/scalable/apps/contact-editor.svg
)
for size in "${icon_sizes[@]}"; do
    expect+=("./usr/share/icons/hicolor/${size}x${size}/apps/contact-editor.png")
done
for f in "${expect[@]}"; do
    grep -qxF "$f" "$work/files.txt" || fail "the package lacks $f"
done
# Nothing from the build or the tests (test programs, fuzzers, benchmarks) ships.
if grep -E '/(tst_|fuzz_|bench_)|/draftwriter$|CMakeFiles' "$work/files.txt"; then
    fail "the package holds build or test files"
fi

echo "==> Extracted into a temporary root"
root="$work/root"
dpkg-deb -x "$deb" "$root"
for size in "${icon_sizes[@]}"; do
    png="$root/usr/share/icons/hicolor/${size}x${size}/apps/contact-editor.png"
    [ -f "$png" ] || continue
    actual="$(file -b "$png" | grep -Eo '[0-9]+ x [0-9]+' || true)"
    [ "$actual" = "$size x $size" ] || fail "icon ${size}x${size} is $actual"
done
desktop-file-validate "$root/usr/share/applications/$app_id.desktop" ||
    fail "desktop-file-validate refuses the .desktop file"
grep -qx "Exec=contact-editor" "$root/usr/share/applications/$app_id.desktop" ||
    fail "the .desktop file does not start contact-editor"
appstreamcli validate --no-net --explain "$root/usr/share/metainfo/$app_id.metainfo.xml" ||
    fail "appstreamcli validate refuses the metainfo"
grep -q "<release version=\"$version\"" "$root/usr/share/metainfo/$app_id.metainfo.xml" ||
    fail "the metainfo has no release $version"

# The installed programs find every library in the system's own paths.
for program in contact-editor contact-sandbox; do
    if env -u LD_LIBRARY_PATH ldd "$root/usr/bin/$program" | grep -F "not found"; then
        fail "$program needs a library the system does not have"
    fi
done
# The editor from the package answers without a display (no DISPLAY, no platform, no
# LD_LIBRARY_PATH): what a user sees after installing it over SSH.
out="$(env -i PATH=/usr/bin:/bin HOME="$work" LANG=C.UTF-8 "$root/usr/bin/contact-editor" --version 2>&1)" ||
    fail "the packaged contact-editor --version exited with $?: $out"
[ "$out" = "contact-editor $version" ] || fail "the packaged contact-editor --version said: $out"
out="$(env -i PATH=/usr/bin:/bin HOME="$work" LANG=C.UTF-8 "$root/usr/bin/contact-sandbox" --help 2>&1)" ||
    fail "the packaged contact-sandbox --help exited with $?"

if [ $failures -ne 0 ]; then
    echo "$failures check(s) failed" >&2
    exit 1
fi
echo "The package is complete: $(basename "$deb")"
