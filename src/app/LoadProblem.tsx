import { Component, type ReactNode } from 'react';

interface State {
  failed: boolean;
}

/**
 * Catches a part of the page that failed to load or render (most often a code
 * file that a new release replaced while the page was open) and offers a
 * reload, instead of a blank screen. The answers are in the URL, so a reload
 * loses nothing.
 */
export class LoadProblem extends Component<{ children: ReactNode }, State> {
  state: State = { failed: false };

  static getDerivedStateFromError(): State {
    return { failed: true };
  }

  render() {
    if (!this.state.failed) return this.props.children;
    return (
      <div className="notice notice--warning" role="alert">
        <h1 className="heading-l">This page did not load properly</h1>
        <p className="body">
          This can happen when the tool has just been updated or the connection dropped. Your answers are kept in the
          address of this page, so reloading loses nothing.
        </p>
        <button type="button" className="button" onClick={() => window.location.reload()}>
          Reload the page
        </button>
      </div>
    );
  }
}
