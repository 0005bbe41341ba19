import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { chromiumFlags, chromiumPath } from './chromium';

export interface LighthouseMeasure {
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  lcpSeconds: number;
  /** Total blocking time: what a performance below 100 usually comes from. */
  blockingMs: number;
}

/** The medians, and each run's performance score (single runs vary by a few points). */
export interface LighthouseResult extends LighthouseMeasure {
  performanceRuns: number[];
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** Lighthouse (mobile or desktop preset) on a URL, `runs` times; the median of each score. */
export async function measureLighthouse(
  url: string,
  formFactor: 'mobile' | 'desktop',
  runs = 3,
): Promise<LighthouseResult> {
  const chrome = await chromeLauncher.launch({
    chromePath: chromiumPath(),
    chromeFlags: ['--headless=new', ...chromiumFlags],
  });
  const samples: LighthouseMeasure[] = [];
  try {
    for (let run = 0; run < runs; run++) {
      const result = await lighthouse(
        url,
        { port: chrome.port, output: 'json', logLevel: 'error' },
        formFactor === 'desktop' ? desktopConfig : undefined,
      );
      const lhr = result!.lhr;
      const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
      samples.push({
        performance: score('performance'),
        accessibility: score('accessibility'),
        bestPractices: score('best-practices'),
        seo: score('seo'),
        lcpSeconds: (lhr.audits['largest-contentful-paint']?.numericValue ?? 0) / 1000,
        blockingMs: lhr.audits['total-blocking-time']?.numericValue ?? 0,
      });
    }
  } finally {
    chrome.kill();
  }
  return {
    performance: median(samples.map((sample) => sample.performance)),
    accessibility: median(samples.map((sample) => sample.accessibility)),
    bestPractices: median(samples.map((sample) => sample.bestPractices)),
    seo: median(samples.map((sample) => sample.seo)),
    lcpSeconds: median(samples.map((sample) => sample.lcpSeconds)),
    blockingMs: median(samples.map((sample) => sample.blockingMs)),
    performanceRuns: samples.map((sample) => sample.performance),
  };
}
