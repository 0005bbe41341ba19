import { Component, type ReactNode } from 'react';

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
    if (!this.state.error) return this.props.children;
    return (
      <div className="page-error" role="alert">
        <h1>This page could not be loaded</h1>
        <p>{this.state.error.message}</p>
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
}
