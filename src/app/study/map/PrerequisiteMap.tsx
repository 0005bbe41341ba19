import { useId } from 'react';
import { Link } from 'react-router-dom';
import { questionPath } from '../../../shared/routes';
import { listPathQuestions, type StudyPathData } from '../../../shared/study-path';
import { statusLabels, statusOf } from '../progress/question-status';
import type { StudyState } from '../storage/study-state';
import { findWeakPrerequisites } from './find-weak-prerequisites';
import { layoutPrerequisiteMap, type MapEdge } from './layout-prerequisite-map';
import './prerequisite-map.css';

/**
 * The topics and questions as a graph of prerequisite arrows, coloured by the learner's status,
 * with weak prerequisites drawn in red. The picture is one image for assistive technology; the
 * lists after it say the same in words and hold the links.
 */
export default function PrerequisiteMap({ path, state }: { path: StudyPathData; state: StudyState }) {
  const id = useId();
  const layout = layoutPrerequisiteMap(path);
  const questions = listPathQuestions(path);
  const weak = findWeakPrerequisites(state, questions);
  const weakEdges = new Set(weak.map((entry) => `${entry.prerequisite.slug}>${entry.question.slug}`));
  const isWeakEdge = (edge: MapEdge) => weakEdges.has(`${edge.from.question.slug}>${edge.to.question.slug}`);
  const titleOf = new Map(questions.map((question) => [question.slug, question.title]));

  return (
    <div className="prerequisite-map">
      <ul className="prerequisite-map__legend" aria-label="Legend">
        <li>
          <span className="map-swatch map-swatch--new" aria-hidden="true" /> New
        </li>
        <li>
          <span className="map-swatch map-swatch--learning" aria-hidden="true" /> Learning
        </li>
        <li>
          <span className="map-swatch map-swatch--known" aria-hidden="true" /> Known
        </li>
        <li>
          <span className="map-swatch map-swatch--weak" aria-hidden="true" /> Weak prerequisite
        </li>
      </ul>
      {/* Focusable, so that keyboard users can scroll the map sideways on narrow screens. */}
      <div className="prerequisite-map__scroll" tabIndex={0} role="group" aria-label="Prerequisite map">
        <svg
          className="prerequisite-map__svg"
          viewBox={`0 0 ${layout.width} ${layout.height}`}
          role="img"
          aria-labelledby={`${id}-title ${id}-desc`}
        >
          <title id={`${id}-title`}>Prerequisite map</title>
          <desc id={`${id}-desc`}>
            {`${questions.length} questions in ${path.topics.length} topics, one column per topic, with an arrow from each prerequisite to the question that needs it. ${weak.length} weak ${weak.length === 1 ? 'prerequisite' : 'prerequisites'}. The lists below say the same in words.`}
          </desc>
          <defs>
            <marker
              id={`${id}-arrow`}
              viewBox="0 0 8 8"
              refX="7"
              refY="4"
              markerWidth="6"
              markerHeight="6"
              orient="auto"
            >
              <path d="M0 0 L8 4 L0 8 z" className="map-arrow" />
            </marker>
            <marker
              id={`${id}-weak-arrow`}
              viewBox="0 0 8 8"
              refX="7"
              refY="4"
              markerWidth="6"
              markerHeight="6"
              orient="auto"
            >
              <path d="M0 0 L8 4 L0 8 z" className="map-arrow map-arrow--weak" />
            </marker>
          </defs>
          {layout.columns.map((column) => (
            <text key={column.title} className="map-column" x={column.x} y={12} textAnchor="middle">
              <title>{column.title}</title>
              {column.lines.map((line, index) => (
                <tspan key={index} x={column.x} dy={index === 0 ? 0 : 13}>
                  {line}
                </tspan>
              ))}
            </text>
          ))}
          {/* Weak arrows last, so that they are drawn on top. */}
          {[...layout.edges]
            .sort((a, b) => Number(isWeakEdge(a)) - Number(isWeakEdge(b)))
            .map((edge) => {
              const isWeak = isWeakEdge(edge);
              return (
                <path
                  key={`${edge.from.question.slug}>${edge.to.question.slug}`}
                  d={edge.d}
                  className={isWeak ? 'map-edge map-edge--weak' : 'map-edge'}
                  markerEnd={`url(#${id}-${isWeak ? 'weak-arrow' : 'arrow'})`}
                />
              );
            })}
          {layout.nodes.map((node) => {
            const status = statusOf(state.cards[node.question.slug]);
            return (
              <g key={node.question.slug} className={`map-node map-node--${status}`}>
                <title>{`${node.number}. ${node.question.title} (${statusLabels[status]})`}</title>
                <circle cx={node.x} cy={node.y} r={layout.radius} />
                <text x={node.x} y={node.y} dy="0.35em" textAnchor="middle">
                  {node.number}
                </text>
              </g>
            );
          })}
        </svg>
      </div>

      <h3>Weak prerequisites</h3>
      {weak.length === 0 ? (
        <p>None: every question you have started builds on questions you know.</p>
      ) : (
        <ul className="prerequisite-map__weak">
          {weak.map(({ question, prerequisite, prerequisiteStatus }) => (
            <li key={`${prerequisite.slug}>${question.slug}`}>
              <Link to={questionPath(prerequisite.slug)}>{prerequisite.title}</Link> ({statusLabels[prerequisiteStatus]}
              ) comes before <Link to={questionPath(question.slug)}>{question.title}</Link>
            </li>
          ))}
        </ul>
      )}

      <details className="prerequisite-map__list">
        <summary>Every prerequisite, as a list</summary>
        <ol>
          {questions.map((question, index) => (
            <li key={question.slug} value={index + 1}>
              <Link to={questionPath(question.slug)}>{question.title}</Link> (
              {statusLabels[statusOf(state.cards[question.slug])]})
              {question.prerequisites.length > 0 && (
                <>
                  {' '}
                  needs{' '}
                  {question.prerequisites.map((slug, position) => (
                    <span key={slug}>
                      {position > 0 && ', '}
                      {titleOf.get(slug) ?? slug} ({statusLabels[statusOf(state.cards[slug])]})
                    </span>
                  ))}
                </>
              )}
            </li>
          ))}
        </ol>
      </details>
    </div>
  );
}
