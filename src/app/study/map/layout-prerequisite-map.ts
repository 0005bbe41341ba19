import type { PathQuestion, StudyPathData } from '../../../shared/study-path';

export interface MapNode {
  question: PathQuestion;
  /** Position in the whole path, from 1. */
  number: number;
  x: number;
  y: number;
}

export interface MapEdge {
  from: MapNode;
  to: MapNode;
  /** SVG path data of the arrow from the prerequisite to the question that needs it. */
  d: string;
}

export interface MapColumn {
  title: string;
  x: number;
  /** The title broken into short lines, to fit above the column. */
  lines: string[];
}

export interface PrerequisiteMapLayout {
  width: number;
  height: number;
  radius: number;
  columns: MapColumn[];
  nodes: MapNode[];
  edges: MapEdge[];
}

const columnWidth = 100;
const rowHeight = 40;
const radius = 12;
/** Column titles (up to four lines), then the lane that long arrows run along, then the first row. */
const titleLines = 4;
const laneY = 66;
const headerHeight = 80;
/** How far right of its column a same-topic arrow bows out; long arrows leave and arrive clear of it. */
const maxBow = 38;

/** Places the path on a grid: one column per topic, questions top to bottom in path order. */
export function layoutPrerequisiteMap(path: StudyPathData): PrerequisiteMapLayout {
  const nodes: MapNode[] = [];
  const columns = path.topics.map((topic, column) => {
    const x = column * columnWidth + columnWidth / 2;
    for (const [row, question] of topic.questions.entries()) {
      nodes.push({ question, number: nodes.length + 1, x, y: headerHeight + row * rowHeight + rowHeight / 2 });
    }
    return { title: topic.title, x, lines: wrapWords(topic.title, 15, titleLines) };
  });
  const bySlug = new Map(nodes.map((node) => [node.question.slug, node]));
  const edges = nodes.flatMap((to) =>
    to.question.prerequisites.flatMap((slug) => {
      const from = bySlug.get(slug);
      return from ? [{ from, to, d: edgePath(from, to) }] : [];
    }),
  );
  const rows = Math.max(1, ...path.topics.map((topic) => topic.questions.length));
  return {
    width: Math.max(1, path.topics.length) * columnWidth,
    height: headerHeight + rows * rowHeight + 8,
    radius,
    columns,
    nodes,
    edges,
  };
}

/**
 * Within a column, a bow to the right. To the next column, an S-curve through the gap. Further
 * (or backwards), up into the lane above the first row, along it, and down into the target, so
 * that the arrow does not cross the questions in between.
 */
function edgePath(from: MapNode, to: MapNode): string {
  const startX = from.x + radius;
  const endX = to.x - radius;
  if (from.x === to.x) {
    const bow = radius + 8 + Math.min(maxBow - radius - 8, Math.abs(to.y - from.y) / 8);
    return `M${startX} ${from.y} C${from.x + bow} ${from.y} ${to.x + bow} ${to.y} ${to.x + radius} ${to.y}`;
  }
  if (to.x - from.x === columnWidth) {
    const middle = (startX + endX) / 2;
    return `M${startX} ${from.y} C${middle} ${from.y} ${middle} ${to.y} ${endX} ${to.y}`;
  }
  const up = from.x + maxBow + 8;
  const down = to.x - radius - 20;
  return (
    `M${startX} ${from.y} Q${up} ${from.y} ${up} ${from.y - 12} L${up} ${laneY} ` +
    `L${down} ${laneY} L${down} ${to.y - 12} Q${down} ${to.y} ${endX} ${to.y}`
  );
}

function wrapWords(text: string, width: number, maxLines: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/)) {
    const last = lines.at(-1);
    if (last !== undefined && last.length + 1 + word.length <= width) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines.length <= maxLines ? lines : [...lines.slice(0, maxLines - 1), `${lines[maxLines - 1]!}…`];
}
