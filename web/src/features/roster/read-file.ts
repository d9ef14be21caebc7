export interface ReadProgress {
  loaded: number;
  total: number;
}

/** Reads a text file, reporting progress as the browser loads it. */
export function readFileAsText(file: Blob, onProgress: (progress: ReadProgress) => void): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onprogress = (event) => {
      onProgress({ loaded: event.loaded, total: event.lengthComputable ? event.total : file.size });
    };
    reader.onload = () => {
      onProgress({ loaded: file.size, total: file.size });
      resolve(typeof reader.result === 'string' ? reader.result : '');
    };
    reader.onerror = () => reject(reader.error ?? new Error('The file could not be read'));
    reader.readAsText(file);
  });
}
