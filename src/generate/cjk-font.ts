import { existsSync, readFileSync } from 'node:fs';

/** A CJK font for renderPdf: the file's bytes and, for a collection (.ttc), which font in it. */
export interface CjkFont {
  bytes: Uint8Array;
  postscriptName?: string;
}

const CANDIDATES: readonly (readonly [string, string | undefined])[] = [
  ['/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc', 'NotoSansCJKsc-Regular'],
  ['/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc', 'NotoSerifCJKsc-Regular'],
  ['/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc', 'NotoSansCJKsc-Regular'],
  ['/usr/share/fonts/opentype/noto/NotoSansCJKsc-Regular.otf', undefined],
  ['/usr/share/fonts/truetype/wqy/wqy-microhei.ttc', 'WenQuanYiMicroHei'],
  ['/usr/share/fonts/truetype/arphic/uming.ttc', 'AR-PL-UMing-CN'],
];

/** The first CJK font installed at a usual Linux path (Debian fonts-noto-cjk), or null when none is. */
export function findCjkFont(): CjkFont | null {
  const found = CANDIDATES.find(([path]) => existsSync(path));
  if (!found) return null;
  const [path, postscriptName] = found;
  return { bytes: new Uint8Array(readFileSync(path)), ...(postscriptName ? { postscriptName } : {}) };
}
