import cliProgress from 'cli-progress';

/** A bar of named steps on stderr while long work runs; nothing when stderr is not a terminal (pipes, tests). */
export interface StepProgress {
  /** Marks the step done and shows the next one's name. */
  step(next: string): void;
  stop(): void;
}

export function stepProgress(title: string, steps: number, first: string, stream: NodeJS.WriteStream = process.stderr): StepProgress {
  if (!stream.isTTY) return { step: () => {}, stop: () => {} };
  const bar = new cliProgress.SingleBar(
    { format: `${title} [{bar}] {value}/{total} {stage}`, hideCursor: true, clearOnComplete: true, stream },
    cliProgress.Presets.shades_classic,
  );
  bar.start(steps, 0, { stage: first });
  return {
    step: (next) => bar.increment(1, { stage: next }),
    stop: () => bar.stop(),
  };
}
