/** The part of pako 1.x the zip reader uses: raw inflate, streamed in chunks. */
declare module 'pako' {
  export interface InflateOptions {
    readonly raw?: boolean;
    readonly chunkSize?: number;
  }
  export class Inflate {
    constructor(options?: InflateOptions);
    /** Non-zero after a failed push (bad deflate data). */
    readonly err: number;
    onData: (chunk: Uint8Array) => void;
    onEnd: (status: number) => void;
    push(data: Uint8Array, last: boolean): boolean;
  }
}
