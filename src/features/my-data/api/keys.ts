export const myDataKeys = {
  all: ['my-data'] as const,
  changes: (clientId: string) => [...myDataKeys.all, 'changes', clientId] as const,
  accessLog: () => [...myDataKeys.all, 'access-log'] as const,
  authorisations: () => [...myDataKeys.all, 'authorisations'] as const,
  export: () => [...myDataKeys.all, 'export'] as const,
};
