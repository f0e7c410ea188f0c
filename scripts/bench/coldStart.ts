// PLACEHOLDER until the handlers land.
export function coldStarts(_work: string, _samples: string): Record<string, number>[] {
  return [];
}
