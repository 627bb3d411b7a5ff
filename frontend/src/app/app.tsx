import { useState } from 'react';
import { RouterProvider } from 'react-router';
import { onSessionExpired } from '@/lib/auth/session';
import { AppProvider } from './provider';
import { createQueryClient } from './query-client';
import { createRouter } from './router';

export function App() {
  const [queryClient] = useState(createQueryClient);
  const [router] = useState(() => {
    const created = createRouter();
    onSessionExpired(() => {
      queryClient.clear();
      void created.navigate('/login', { replace: true });
    });
    return created;
  });
  return (
    <AppProvider queryClient={queryClient}>
      <RouterProvider router={router} />
    </AppProvider>
  );
}
