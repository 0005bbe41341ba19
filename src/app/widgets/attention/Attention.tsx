import { useState } from 'react';
import { attentionSpec } from '../../../shared/widgets/specs/attention';
import type { WidgetProps } from '../../../shared/widgets/widget-registry';
import { ChoiceField } from '../controls/ChoiceField';
import { NumberField } from '../controls/NumberField';
import { RangeField } from '../controls/RangeField';
import { ToggleField } from '../controls/ToggleField';
import { WidgetFrame } from '../controls/WidgetFrame';
import { formatFixed } from '../math/format';
import { attentionScores, entropyBits, headPatterns, tokenize } from './attention-math';
import { WeightBars } from './WeightBars';
import './attention.css';

const dkChoices = [1, 2, 4, 8, 16, 32, 64, 128, 256, 512];
const f = (value: number) => formatFixed(value, 2);

/** One query's softmax weights over the keys, per head, with and without the 1/√d_k scaling. */
export default function Attention(props: WidgetProps<'attention'>) {
  const tokens = tokenize(props.sentence);
  const [query, setQuery] = useState(String(Math.min(props.query, tokens.length) - 1));
  const [scaled, setScaled] = useState(props.scaled);
  const [dkIndex, setDkIndex] = useState(() => nearestIndex(props.dk));
  const [heads, setHeads] = useState(props.heads);
  const dk = dkChoices[dkIndex]!;
  const q = Number(query);
  const options = tokens.map((token, index) => ({ value: String(index), label: `${token} (${index + 1})` }));

  return (
    <WidgetFrame
      title={attentionSpec.title}
      intro="Pick the query token. Each toy head leans towards one key; turn the 1/√d_k scaling off, or raise d_k, and the weights collapse onto a single key."
      controls={
        <>
          <ChoiceField legend="Query token" value={query} options={options} onChange={setQuery} />
          <ToggleField label="Divide the scores by √d_k" checked={scaled} onChange={setScaled} />
          <RangeField
            label="d_k"
            value={dkIndex}
            min={0}
            max={dkChoices.length - 1}
            step={1}
            format={(index) => String(dkChoices[index])}
            onChange={setDkIndex}
          />
          <NumberField label="Heads" value={heads} min={1} max={4} onChange={setHeads} />
        </>
      }
    >
      <div className="attention__heads">
        {Array.from({ length: heads }, (_, head) => (
          <HeadView key={head} head={head} tokens={tokens} query={q} dk={dk} scaled={scaled} />
        ))}
      </div>
      <p className="widget-note">
        Unrelated queries and keys with unit-variance entries have dot products with variance d_k = {dk} (standard
        deviation {formatFixed(Math.sqrt(dk), 1)}). Dividing by √d_k brings the scores back to unit scale, where the
        softmax still spreads its weight and passes useful gradients.
      </p>
    </WidgetFrame>
  );
}

function HeadView({
  head,
  tokens,
  query,
  dk,
  scaled,
}: {
  head: number;
  tokens: string[];
  query: number;
  dk: number;
  scaled: boolean;
}) {
  const { scores, weights } = attentionScores(head, query, tokens.length, dk, scaled);
  const other = attentionScores(head, query, tokens.length, dk, !scaled);
  const top = weights.indexOf(Math.max(...weights));
  const pattern = headPatterns[head % headPatterns.length]!;
  const title = `Head ${head + 1} (leans towards the ${pattern})`;
  return (
    <figure className="attention__head">
      <figcaption className="attention__head-title">{title}</figcaption>
      <WeightBars
        tokens={tokens}
        weights={weights}
        query={query}
        label={`${title}: weights of the query “${tokens[query]}” over the keys: ${tokens.map((token, index) => `${token} ${f(weights[index]!)}`).join(', ')}`}
      />
      <p className="widget-readout">
        Scores {scaled ? 'q·k/√d_k' : 'q·k'}: {scores.map(f).join(', ')}. Largest weight {f(weights[top]!)} on “
        {tokens[top]}”; entropy {formatFixed(entropyBits(weights), 2)} of at most{' '}
        {formatFixed(Math.log2(tokens.length), 2)} bits. {scaled ? 'Without' : 'With'} the scaling the largest weight
        would be {f(Math.max(...other.weights))}.
      </p>
    </figure>
  );
}

function nearestIndex(dk: number): number {
  let best = 0;
  dkChoices.forEach((choice, index) => {
    if (Math.abs(Math.log(choice / dk)) < Math.abs(Math.log(dkChoices[best]! / dk))) best = index;
  });
  return best;
}
