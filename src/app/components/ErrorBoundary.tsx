import { Component, type ReactNode } from 'react';
import { useDocumentHead } from './use-document-head';

interface State {
  error?: Error;
}

/** Shows a readable message instead of a blank page when a page cannot be loaded or rendered. */
export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = {};

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override render() {
    return this.state.error ? <PageError error={this.state.error} /> : this.props.children;
  }
}

const title = 'This page could not be loaded';

function PageError({ error }: { error: Error }) {
  // The tab still named the page the reader came from.
  useDocumentHead(title, error.message);
  return (
    <div className="page-error" role="alert">
      <h1>{title}</h1>
      <p>{error.message}</p>
      <p>
        Check your connection, then{' '}
        <button
          onClick={() => {
            window.location.reload();
          }}
        >
          Reload the page
        </button>
      </p>
    </div>
  );
}
