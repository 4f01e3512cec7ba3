// file-type 22 declares its types only under package.json "exports", which this repository's
// `moduleResolution: node` does not read. The one function used, as file-type documents it.
declare module 'file-type' {
  export interface FileTypeResult {
    readonly ext: string;
    readonly mime: string;
  }
  export function fileTypeFromBuffer(buffer: Uint8Array | ArrayBuffer): Promise<FileTypeResult | undefined>;
}
