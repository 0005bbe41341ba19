// @vitest-environment jsdom
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, it, vi } from 'vitest';
import { UpdateNotice } from '../../../../src/app/offline/UpdateNotice';
import { announceUpdate } from '../../../../src/app/offline/update-state';

it('announces a downloaded update and applies it when the reader chooses to reload', async () => {
  render(<UpdateNotice />);
  expect(screen.getByRole('status')).toBeEmptyDOMElement();
  const apply = vi.fn();
  act(() => {
    announceUpdate(apply);
  });
  expect(screen.getByRole('status')).toHaveTextContent('New content available.');
  await userEvent.click(screen.getByRole('button', { name: 'Reload' }));
  expect(apply).toHaveBeenCalledOnce();
});
