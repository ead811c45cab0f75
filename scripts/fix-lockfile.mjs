// The npm registry reachable here serves only Linux builds of platform-specific optional packages, so
// `npm install` leaves the others (darwin, win32, …) out of package-lock.json and `npm ci` then refuses the lock.
// This adds a lock entry for each missing one, marked optional with its os/cpu, so `npm ci` skips it on Linux, and
// gives every such entry the integrity hash the registry publishes for it (`npm view <name>@<version> dist`: the
// metadata is served even where the tarball is not). `resolved` is written only when the lock already records it:
// with omit-lockfile-registry-resolved (set here) npm leaves it out of every entry.
// Run after any dependency change: node scripts/fix-lockfile.mjs
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';

const OS = ['darwin', 'win32', 'android', 'freebsd', 'linux', 'openbsd', 'sunos', 'aix', 'netbsd'];
const CPU = ['arm64', 'x64', 'ia32', 'arm', 'wasm32', 'ppc64', 's390x', 'riscv64', 'loong64', 'mips64el'];
const lock = JSON.parse(readFileSync('package-lock.json', 'utf8'));
const keepsResolved = Object.values(lock.packages).some((meta) => meta.resolved);

function published(name, version) {
  const dist = JSON.parse(execFileSync('npm', ['view', `${name}@${version}`, 'dist', '--json'], { encoding: 'utf8' }));
  if (!dist?.integrity) throw new Error(`npm view ${name}@${version} dist: no integrity in ${JSON.stringify(dist)}`);
  return { ...(keepsResolved ? { resolved: dist.tarball } : {}), integrity: dist.integrity };
}

const added = [];
const hashed = [];
for (const meta of Object.values(lock.packages)) {
  for (const [name, version] of Object.entries(meta.optionalDependencies ?? {})) {
    const key = `node_modules/${name}`;
    if (!/^\d+\.\d+\.\d+(-[\w.]+)?$/.test(version)) continue;
    if (!lock.packages[key]) {
      const base = name.split('/').pop();
      const os = OS.find((o) => base.includes(o));
      const cpu = CPU.find((c) => new RegExp(`(^|-)${c}($|-)`).test(base));
      const dev = meta.dev ? { dev: true } : {};
      lock.packages[key] = { version, ...dev, optional: true, ...(cpu ? { cpu: [cpu] } : {}), ...(os ? { os: [os] } : {}) };
      added.push(`${name}@${version}`);
    }
    const entry = lock.packages[key];
    if (!entry.integrity && entry.version === version) {
      lock.packages[key] = { version, ...published(name, version), ...entry };
      hashed.push(`${name}@${version}`);
    }
  }
}
writeFileSync('package-lock.json', `${JSON.stringify(lock, null, 2)}\n`);
console.log(added.length ? `added ${added.length} optional platform entries: ${added.join(', ')}` : 'no platform entry missing');
console.log(hashed.length ? `integrity added to ${hashed.length} entries: ${hashed.join(', ')}` : 'every platform entry has its integrity');
