export function StatusBadge({ active }: { active: boolean }) {
  return active ? <span className="badge-active">Active</span> : <span className="badge-terminated">Terminated</span>;
}
