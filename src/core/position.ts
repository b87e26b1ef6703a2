/** A place in a text file, 1-based, as editors count. */
export interface Position {
  line: number;
  column: number;
}

/** Where a piece of the agreement came from, in the deal file or the template. */
export interface SourcePosition extends Position {
  file: string;
}
