# Sourced by scripts that build the full catalogue: names the CMS release files, defaulting to ../shared/data.
DATA="${CMS_DATA_DIR:-../shared/data}"
export HCPCS_FILE="${HCPCS_FILE:-$DATA/hcpcs/raw/HCPC2026_JAN_ANWEB_01122026.txt.gz}"
export RVU_FILE="${RVU_FILE:-$DATA/rvu/pprrvu_2025_jan.csv}"
export GPCI_FILE="${GPCI_FILE:-$DATA/rvu/gpci_2025.csv}"
for f in "$HCPCS_FILE" "$RVU_FILE" "$GPCI_FILE"; do
  [ -f "$f" ] || { echo "CMS release file not found: $f (set HCPCS_FILE, RVU_FILE and GPCI_FILE, or CMS_DATA_DIR)" >&2; exit 1; }
done
