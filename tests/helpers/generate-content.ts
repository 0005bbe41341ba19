import { writeContentFixture } from './content-fixture';

/** A valid content folder with `questionCount` questions spread over `topicCount` topics. */
export async function generateContent(questionCount: number, topicCount = 8): Promise<string> {
  const files: Record<string, string> = {};
  for (let t = 1; t <= topicCount; t++) {
    files[`topics/topic-${t}.md`] =
      `---\ntitle: Topic ${t}\nsummary: Generated topic ${t}.\norder: ${t}\n---\n\nOverview with $\\sum_i x_i$.\n\n## Part one\n\nText.\n`;
  }
  for (let q = 1; q <= questionCount; q++) {
    const topic = Math.ceil(q / Math.ceil(questionCount / topicCount));
    const previous = q > 1 ? `prerequisites: [question-${q - 1}]\n` : '';
    files[`questions/question-${q}.md`] =
      `---\ntitle: Question ${q}?\nsummary: Answer ${q} with $x_{${q}}$.\ntopic: topic-${topic}\norder: ${q}\n${previous}---\n\n` +
      `## Full answer\n\n$$\n\\frac{${q}}{\\sqrt{d_k}}\n$$\n\nSee [the topic](../topics/topic-${topic}.md).\n`;
  }
  return writeContentFixture(files);
}
