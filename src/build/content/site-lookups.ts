/**
 * What the Markdown pipeline may ask about the rest of the site while it compiles one page: the
 * route of a linked file, every content file (for a dead link's "did you mean"), and the equation
 * labels of the page at a route (for `[](other.md#eq-x)`).
 */
export interface SiteLookups {
  routeOf: (file: string) => string | undefined;
  knownFiles: () => readonly string[];
  labelsOfRoute: (route: string) => readonly string[] | undefined;
}

/** The answers one compile got from `SiteLookups`: its result holds as long as the site answers the same. */
export interface LookupAnswers {
  routes: Map<string, string | undefined>;
  labels: Map<string, readonly string[] | undefined>;
  /** Every content file, joined, if the compile asked for them. */
  knownFiles?: string;
}

export interface RecordingLookups {
  /** Forwards to the site's lookups, noting each answer in the current recording. */
  lookups: SiteLookups;
  /** Runs `compile`, returning what it produced and the answers it got. One recording at a time. */
  record<T>(compile: () => Promise<T>): Promise<{ result: T; answers: LookupAnswers }>;
}

export function recordLookups(site: SiteLookups): RecordingLookups {
  let answers: LookupAnswers | undefined;
  const lookups: SiteLookups = {
    routeOf: (file) => {
      const route = site.routeOf(file);
      answers?.routes.set(file, route);
      return route;
    },
    knownFiles: () => {
      const files = site.knownFiles();
      if (answers) answers.knownFiles = files.join('\n');
      return files;
    },
    labelsOfRoute: (route) => {
      const labels = site.labelsOfRoute(route);
      answers?.labels.set(route, labels);
      return labels;
    },
  };
  return {
    lookups,
    async record(compile) {
      // Answers are noted for the compile under way; two at once would mix them up.
      if (answers) throw new Error('recordLookups: a recording is already under way');
      const current: LookupAnswers = (answers = { routes: new Map(), labels: new Map() });
      try {
        return { result: await compile(), answers: current };
      } finally {
        answers = undefined;
      }
    },
  };
}

/** Whether the site now gives every answer a compile got. */
export function answersStillHold(answers: LookupAnswers, site: SiteLookups): boolean {
  for (const [file, route] of answers.routes) if (site.routeOf(file) !== route) return false;
  for (const [route, labels] of answers.labels) if (!sameList(site.labelsOfRoute(route), labels)) return false;
  return answers.knownFiles === undefined || site.knownFiles().join('\n') === answers.knownFiles;
}

function sameList(a: readonly string[] | undefined, b: readonly string[] | undefined): boolean {
  if (!a || !b) return a === b;
  return a.length === b.length && a.every((item, index) => item === b[index]);
}
