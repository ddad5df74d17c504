import { useState } from 'react';
import { useDictionary } from '../../ui/index.ts';
import { DICT } from './dictionary.ts';
import type { PickedFile } from './file-intake.ts';
import { fromDrop, fromInput } from './file-intake.ts';

/** File and folder pickers plus a drop target (folders walked recursively). */
export function DropZone({ onFiles, disabled }: { onFiles: (files: PickedFile[]) => void; disabled: boolean }) {
  const { t } = useDictionary(DICT);
  const [over, setOver] = useState(false);
  return (
    <div
      className={`import-drop${over ? ' over' : ''}`}
      data-testid="import-drop"
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => {
        e.preventDefault();
        setOver(false);
        if (!disabled) void fromDrop(e.dataTransfer).then(onFiles);
      }}
    >
      <p>{t('drop')}</p>
      <label className="import-pick">
        {t('pickFiles')}
        <input
          type="file"
          multiple
          disabled={disabled}
          data-testid="import-files"
          accept=".pdf,.html,.htm,.mht,.txt,.docx,.doc,.csv,.json,.parquet,.zip"
          onChange={(e) => {
            onFiles(fromInput(e.currentTarget.files));
            e.currentTarget.value = '';
          }}
        />
      </label>
      <label className="import-pick">
        {t('pickFolder')}
        <input
          type="file"
          disabled={disabled}
          data-testid="import-folder"
          ref={(el) => el?.setAttribute('webkitdirectory', '')}
          onChange={(e) => {
            onFiles(fromInput(e.currentTarget.files));
            e.currentTarget.value = '';
          }}
        />
      </label>
    </div>
  );
}
