import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import { WebLink } from './web-link.tsx';

describe('WebLink', () => {
  it('makes http and https addresses a link', () => {
    render(
      <>
        <WebLink value="https://www.werk.nl/vacature/50001" />
        <WebLink value="http://example.nl/baan" />
      </>,
    );
    expect(screen.getByRole('link', { name: 'https://www.werk.nl/vacature/50001' })).toHaveAttribute('href', 'https://www.werk.nl/vacature/50001');
    expect(screen.getByRole('link', { name: 'http://example.nl/baan' })).toHaveAttribute('rel', 'noopener noreferrer');
  });

  it('shows any other scheme, or text that is no address, as plain text', () => {
    render(
      <>
        <WebLink value="javascript:alert(1)" />
        <WebLink value="data:text/html,<b>x</b>" />
        <WebLink value="ftp://example.nl/file" />
        <WebLink value="Vacature bij de bakker" />
      </>,
    );
    expect(screen.queryAllByRole('link')).toHaveLength(0);
    expect(screen.getByText('javascript:alert(1)')).toBeInTheDocument();
    expect(screen.getByText('Vacature bij de bakker')).toBeInTheDocument();
  });
});
