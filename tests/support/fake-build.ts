/** A build with stand-in steps, for tests/unit/pipeline/locked-build.test.ts: `tsx fake-build.ts <dir> <mode>`. */
import { join } from 'node:path';
import { runLockedBuild } from '@/lib/pipeline/locked-build';

const [dir = '.', mode = 'ok'] = process.argv.slice(2);
// each step writes a marker into the folder it was told to write, as the real steps do
const write = (folder: 'GENERATED_DIR' | 'EXPORT_DIR', name: string, wait = 0, fail = false) => ({
  name: `write ${name}`,
  command: process.execPath,
  args: [
    '-e',
    `const fs=require('fs'),p=require('path');const d=process.env.${folder};fs.mkdirSync(d,{recursive:true});` +
      `fs.writeFileSync(p.join(d,'${name}'),'new');fs.writeFileSync(p.join(d,'index.html'),'new site');` +
      `setTimeout(()=>{if(${fail})process.exit(1)},${wait})`,
  ],
});

try {
  await runLockedBuild({
    steps: [write('GENERATED_DIR', 'data.json'), write('EXPORT_DIR', 'page.html', mode === 'slow' ? 60_000 : 0, mode === 'fail')],
    generated: join(dir, 'generated'),
    out: join(dir, 'out'),
    stage: join(dir, 'stage'),
    lock: join(dir, 'build.lock'),
  });
  console.log('built');
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
