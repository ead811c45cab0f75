'use client';

import { useEffect, useState } from 'react';

/**
 * Makes every `a[data-copy-link]` on the page (the "#" beside section headings and FAQ questions) copy the address of
 * its anchor as well as jump to it. One listener for the page; without JavaScript the links still jump, and the address
 * bar then holds the link to copy.
 */
export function CopyLinks() {
  const [message, setMessage] = useState('');
  useEffect(() => {
    const onClick = (event: MouseEvent) => {
      const link = (event.target as Element | null)?.closest?.('a[data-copy-link]');
      if (!(link instanceof HTMLAnchorElement)) return;
      // the page's canonical address (as Copy link gives it), with the anchor
      const canonical = document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href ?? window.location.href;
      const url = new URL(link.getAttribute('href') ?? '', canonical).href;
      navigator.clipboard.writeText(url).then(
        () => setMessage(`Link copied: ${url}`),
        () => setMessage(`Could not copy. The link is ${url}`),
      );
    };
    document.addEventListener('click', onClick);
    return () => document.removeEventListener('click', onClick);
  }, []);
  return (
    <p role="status" className="sr-only">
      {message}
    </p>
  );
}
