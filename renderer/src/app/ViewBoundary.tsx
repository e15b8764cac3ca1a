// One error boundary per view: a crash in one view shows a French message and a way back,
// and is logged, instead of blanking the whole window.
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { getApi } from '../platform/api';

interface Props {
  name: string;
  children: ReactNode;
}
interface State {
  error: Error | null;
}

export class ViewBoundary extends Component<Props, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    getApi().logError(
      `[${this.props.name}] ${error.message}`,
      `${error.stack ?? ''}\n${info.componentStack ?? ''}`,
    );
  }

  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <section className="view-error" role="alert">
        <h1>La vue « {this.props.name} » a rencontré un problème</h1>
        <p>Vos annotations ne sont pas touchées. Vous pouvez réessayer ou revenir au catalogue.</p>
        <p className="view-error__detail">{this.state.error.message}</p>
        <div className="view-error__actions">
          <button type="button" onClick={() => this.setState({ error: null })}>
            Réessayer
          </button>
          <a href="#/catalogue" onClick={() => this.setState({ error: null })}>
            Revenir au catalogue
          </a>
        </div>
      </section>
    );
  }
}
