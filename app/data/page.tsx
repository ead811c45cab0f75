import type { Metadata } from 'next';
import { Breadcrumbs } from '@/components/breadcrumbs';
import { getDataFiles, getSiteMeta } from '@/lib/data';

export const metadata: Metadata = {
  title: 'The CMS files behind this site',
  description:
    'Every CMS release file this build of the site was made from: what it is, its period, how many rows were read, its sha256 and where CMS publishes it.',
  alternates: { canonical: '/data/' },
};

export default function DataPage() {
  const files = getDataFiles();
  const meta = getSiteMeta();
  return (
    <>
      <Breadcrumbs trail={[{ label: 'Home', href: '/' }]} current="Data" />
      <h1 className="text-3xl font-bold text-slate-900 dark:text-white">The CMS files behind this site</h1>
      <p className="mt-3 max-w-3xl">
        {`Every figure, status, date and descriptor on this site comes from these CMS release files, read as CMS publishes them (built on ${meta.builtOn}). Each code page names the release behind each figure. The files are public domain; CPT® and CDT® descriptor text is not in them.`}
      </p>
      <div className="table-scroll mt-6" role="region" aria-label="CMS files" tabIndex={0}>
        <table>
          <caption className="sr-only">CMS release files loaded into this build</caption>
          <thead>
            <tr>
              <th scope="col">Release</th>
              <th scope="col">File</th>
              <th scope="col">Rows read</th>
              <th scope="col">Where CMS publishes it</th>
              <th scope="col">sha256</th>
            </tr>
          </thead>
          <tbody>
            {files.map((f) => (
              <tr key={f.file}>
                <th scope="row">{f.label}</th>
                <td className="font-mono">{f.file}</td>
                <td className="tabular-nums">{f.rows.toLocaleString('en-US')}</td>
                <td>{f.url ? <a href={f.url}>{f.where}</a> : f.where}</td>
                <td className="break-all font-mono text-xs">{f.sha256}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="mt-6 max-w-3xl">
        The releases cover different periods, and CMS updates each on its own schedule: the physician and outpatient fee schedules by
        calendar year with quarterly corrections, the DMEPOS and ASP files and the lab fee schedule quarterly. A figure on this site is the
        one in the file named beside it; check the current CMS release before you rely on it.
      </p>
    </>
  );
}
