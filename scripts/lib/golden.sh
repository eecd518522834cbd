# Shared set-up of the scripts that record what the real tools do (sourced, not run):
#   golden_init CMD...   stops with a message unless every CMD is on PATH; sets $here (the calling script's
#                        folder) and $root (the repository root)
#   golden_tmp           sets $work to a new temporary folder, removed when the script exits
# Each script says at its top which Debian packages give the commands it needs.
golden_init() {
  local cmd
  for cmd in "$@"; do
    if ! command -v "$cmd" >/dev/null 2>&1; then
      echo "$(basename "$0"): '$cmd' is not installed (see the comment at the top of $0)" >&2
      exit 1
    fi
  done
  here=$(cd "$(dirname "$0")" && pwd)
  root=$(cd "$here/../.." && pwd)
}

golden_tmp() {
  work=$(mktemp -d)
  trap 'rm -rf "$work"' EXIT
}
