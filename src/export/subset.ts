interface HbExports {
  memory: WebAssembly.Memory;
  malloc(n: number): number;
  free(p: number): void;
  hb_blob_create(data: number, length: number, mode: number, user: number, destroy: number): number;
  hb_blob_destroy(blob: number): void;
  hb_blob_get_data(blob: number, lengthPtr: number): number;
  hb_blob_get_length(blob: number): number;
  hb_face_create(blob: number, index: number): number;
  hb_face_destroy(face: number): void;
  hb_face_reference_blob(face: number): number;
  hb_set_add(set: number, codepoint: number): void;
  hb_subset_input_create_or_fail(): number;
  hb_subset_input_destroy(input: number): void;
  hb_subset_input_unicode_set(input: number): number;
  hb_subset_or_fail(face: number, input: number): number;
}

/** Cuts a font down to some code points with HarfBuzz's own subsetter (harfbuzzjs' standalone hb-subset wasm). */
export type Subsetter = (sfnt: Uint8Array, codepoints: Iterable<number>) => Uint8Array;

const HB_MEMORY_MODE_WRITABLE = 2;

/** Instantiate harfbuzzjs' `harfbuzz-subset.wasm` (it has no imports) into a Subsetter. */
export async function createSubsetter(wasm: BufferSource | WebAssembly.Module): Promise<Subsetter> {
  const module = wasm instanceof WebAssembly.Module ? wasm : await WebAssembly.compile(wasm);
  const instance = await WebAssembly.instantiate(module, {});
  const hb = instance.exports as unknown as HbExports;
  return (sfnt, codepoints) => {
    const ptr = hb.malloc(sfnt.byteLength);
    new Uint8Array(hb.memory.buffer, ptr, sfnt.byteLength).set(sfnt);
    const blob = hb.hb_blob_create(ptr, sfnt.byteLength, HB_MEMORY_MODE_WRITABLE, 0, 0);
    const face = hb.hb_face_create(blob, 0);
    hb.hb_blob_destroy(blob);
    const input = hb.hb_subset_input_create_or_fail();
    const set = hb.hb_subset_input_unicode_set(input);
    for (const cp of codepoints) hb.hb_set_add(set, cp);
    const subset = hb.hb_subset_or_fail(face, input);
    hb.hb_subset_input_destroy(input);
    hb.hb_face_destroy(face);
    hb.free(ptr);
    if (!subset) throw new Error('HarfBuzz could not subset the font');
    const result = hb.hb_face_reference_blob(subset);
    const data = hb.hb_blob_get_data(result, 0);
    const bytes = new Uint8Array(hb.memory.buffer, data, hb.hb_blob_get_length(result)).slice();
    hb.hb_blob_destroy(result);
    hb.hb_face_destroy(subset);
    return bytes;
  };
}
