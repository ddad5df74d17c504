import { useSuspenseQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Component, Suspense, useEffect, useRef, useState } from 'react';
import { exportBatch } from './batch.ts';
import type { ExportFormat } from './briefing.ts';
import { briefingTexts, isImageFormat } from './briefing.ts';
import { browserTools } from './browser-tools.ts';
import { download } from './download.ts';
import { exportFile, exportName } from './export-file.ts';
import type { ExportMenuProps } from './export-menu.tsx';
import type { NameScript } from './file-name.ts';
import { fileName } from './file-name.ts';
import type { MenuWord } from './menu-words.ts';
import { menuWord } from './menu-words.ts';
import type { ImagePresetId } from './presets.ts';
import { IMAGE_PRESETS, imagePreset } from './presets.ts';

const FORMATS: readonly ExportFormat[] = ['png', 'svg', 'csv', 'xlsx', 'parquet'];

type Props = ExportMenuProps & { onClose: () => void };

/** The export dialog: pick a format and size, edit title and subtitle, download one file or a batch ZIP. */
export function ExportDialog(props: Props) {
  const box = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = box.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);
  return (
    <dialog ref={box} className="export-dialog" onClose={props.onClose} aria-label={menuWord(props.lang, 'heading', { title: props.title })}>
      <h2>{menuWord(props.lang, 'heading', { title: props.title })}</h2>
      <Failure lang={props.lang}>
        <Suspense fallback={<p aria-busy="true">{menuWord(props.lang, 'loading')}</p>}>
          <ExportForm {...props} />
        </Suspense>
      </Failure>
    </dialog>
  );
}

/** Keeps a failed look-up inside the dialog instead of taking the view down. */
class Failure extends Component<{ lang: Props['lang']; children: ReactNode }, { error: Error | null }> {
  override state = { error: null as Error | null };
  static getDerivedStateFromError(error: Error) {
    return { error };
  }
  override render() {
    if (!this.state.error) return this.props.children;
    return <p role="alert">{menuWord(this.props.lang, 'failed', { message: this.state.error.message })}</p>;
  }
}

function ExportForm({ db, lang, batches, onClose, ...spec }: Props) {
  const w = (key: MenuWord, vars?: Record<string, string | number>) => menuWord(lang, key, vars);
  const { data } = useSuspenseQuery({
    queryKey: ['exportTexts', spec.filters, spec.indicators ?? [], spec.notes ?? [], spec.title, lang],
    queryFn: () => briefingTexts(db, spec, lang),
  });
  const hasChart = spec.option !== undefined;
  const [format, setFormat] = useState<ExportFormat>(hasChart ? 'png' : 'csv');
  const [presetId, setPresetId] = useState<ImagePresetId>('x2');
  const [title, setTitle] = useState(data.title);
  const [subtitle, setSubtitle] = useState(data.subtitle);
  const [script, setScript] = useState<NameScript>('zh');
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  const edited = { ...spec, title };
  const name = exportName(edited, data.scope, script, format);

  async function run(task: () => Promise<{ blob: Blob; name: string }>) {
    setBusy(true);
    setStatus(w('working'));
    try {
      const file = await task();
      download(file.blob, file.name);
      setStatus(w('done', { name: file.name }));
    } catch (e) {
      setStatus(w('failed', { message: e instanceof Error ? e.message : String(e) }));
    } finally {
      setBusy(false);
    }
  }
  const texts = { ...data, title, subtitle };
  const single = () =>
    run(async () => ({ blob: await exportFile(db, browserTools, edited, format, texts, imagePreset(presetId)), name }));
  const batch = (b: NonNullable<Props['batches']>[number]) =>
    run(async () => {
      const items = await b.items();
      const onProgress = (done: number, total: number) => setStatus(w('batchWorking', { done, total }));
      const blob = await exportBatch(db, browserTools, items, { format, lang, script, preset: imagePreset(presetId), onProgress });
      return { blob, name: fileName({ subject: b.name, years: data.scope.years, extra: format }, script, 'zip') };
    });

  return (
    <form method="dialog" onSubmit={(e) => e.preventDefault()}>
      <fieldset className="chips">
        <legend>{w('format')}</legend>
        {FORMATS.map((f) => (
          <label key={f}>
            <input type="radio" name="format" value={f} checked={format === f} disabled={isImageFormat(f) && !hasChart} onChange={() => setFormat(f)} />
            {f === 'xlsx' ? 'Excel (XLSX)' : f.toUpperCase()}
          </label>
        ))}
      </fieldset>
      {hasChart ? null : <p className="note">{w('dataOnly')}</p>}
      {isImageFormat(format) ? (
        <>
          {format === 'png' ? (
            <label>
              {w('size')}{' '}
              <select value={presetId} onChange={(e) => setPresetId(e.target.value as ImagePresetId)}>
                {IMAGE_PRESETS.map((p) => (
                  <option key={p.id} value={p.id}>
                    {w(`size.${p.id}`)} · {Math.round(p.width * p.pixelRatio)}×{Math.round(p.height * p.pixelRatio)}
                  </option>
                ))}
              </select>
            </label>
          ) : null}
          <label className="wide">
            {w('title')}
            <input value={title} onChange={(e) => setTitle(e.target.value)} />
          </label>
          <label className="wide">
            {w('subtitle')}
            <input value={subtitle} onChange={(e) => setSubtitle(e.target.value)} />
          </label>
          <p className="note">{data.source}</p>
          {data.note ? <p className="note warning">{data.note}</p> : null}
        </>
      ) : null}
      <fieldset className="chips">
        <legend>{w('names')}</legend>
        {(['zh', 'pinyin'] as const).map((s) => (
          <label key={s}>
            <input type="radio" name="script" checked={script === s} onChange={() => setScript(s)} />
            {w(`names.${s}`)}
          </label>
        ))}
      </fieldset>
      <p className="note" data-testid="export-name">{name}</p>
      <div className="export-buttons">
        <button type="button" onClick={single} disabled={busy}>{w('download')}</button>
        {(batches ?? []).map((b) => (
          <button key={b.label} type="button" onClick={() => batch(b)} disabled={busy || (isImageFormat(format) && !hasChart)}>
            {b.label}
          </button>
        ))}
        <button type="button" onClick={onClose}>{w('cancel')}</button>
      </div>
      <p role="status" aria-live="polite">{status}</p>
    </form>
  );
}
