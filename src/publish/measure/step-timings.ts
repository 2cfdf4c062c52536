/** Where one step of a build spent its time. */
export interface StepTiming {
  step: string;
  wallMs: number;
  /** CPU time of the build process (all its threads), user + system. */
  cpuMs: number;
  /** CPU time of child processes the step ran (Pagefind), when measured. */
  childCpuMs?: number;
}

/** A point in time and in CPU time, to measure a step from. */
export interface Mark {
  wallMs: number;
  cpuMs: number;
}

/** Now, as a mark. */
export function mark(): Mark {
  const { user, system } = process.cpuUsage();
  return { wallMs: performance.now(), cpuMs: (user + system) / 1000 };
}

/** The time between two marks, as a named step. */
export function between(step: string, from: Mark, to: Mark = mark(), childCpuMs?: number): StepTiming {
  return { step, wallMs: to.wallMs - from.wallMs, cpuMs: to.cpuMs - from.cpuMs, ...(childCpuMs === undefined ? {} : { childCpuMs }) };
}
