// The npm registry reachable here serves only Linux builds of platform-specific optional packages, so
// `npm install` leaves the others (darwin, win32, …) out of package-lock.json and `npm ci` then refuses the lock.
// This adds a lock entry for each missing one, marked optional with its os/cpu, so `npm ci` skips it on Linux.
// Run after any dependency change: node scripts/fix-lockfile.mjs
import { readFileSync, writeFileSync } from 'node:fs';

const OS = ['darwin', 'win32', 'android', 'freebsd', 'linux', 'openbsd', 'sunos', 'aix', 'netbsd'];
const CPU = ['arm64', 'x64', 'ia32', 'arm', 'wasm32', 'ppc64', 's390x', 'riscv64', 'loong64', 'mips64el'];
const lock = JSON.parse(readFileSync('package-lock.json', 'utf8'));
const added = [];
for (const meta of Object.values(lock.packages)) {
  for (const [name, version] of Object.entries(meta.optionalDependencies ?? {})) {
    const key = `node_modules/${name}`;
    if (lock.packages[key] || !/^\d+\.\d+\.\d+(-[\w.]+)?$/.test(version)) continue;
    const base = name.split('/').pop();
    const os = OS.find((o) => base.includes(o));
    const cpu = CPU.find((c) => new RegExp(`(^|-)${c}($|-)`).test(base));
    lock.packages[key] = { version, optional: true, ...(cpu ? { cpu: [cpu] } : {}), ...(os ? { os: [os] } : {}) };
    added.push(`${name}@${version}`);
  }
}
writeFileSync('package-lock.json', `${JSON.stringify(lock, null, 2)}\n`);
console.log(added.length ? `added ${added.length} optional platform entries: ${added.join(', ')}` : 'lock file already complete');
