// The little of oidc-provider 9 (which ships no types) that mocks/oidc/provider.ts uses.
declare module 'oidc-provider' {
  import type { IncomingMessage, ServerResponse } from 'node:http';

  type Grant = { addOIDCScope(scope: string): void; addResourceScope(resource: string, scope: string): void; save(): Promise<string> };
  type GrantModel = { new (init: { clientId: string; accountId?: string }): Grant; find(id: string): Promise<Grant | undefined> };
  export type Ctx = {
    oidc: {
      result?: { consent?: { grantId?: string } };
      session: { accountId?: string; grantIdFor(clientId: string): string | undefined };
      client: { clientId: string };
      provider: Provider;
      entities: { AuthorizationCode?: { acr?: string }; RefreshToken?: { acr?: string } };
    };
    type: string;
    body: unknown;
  };
  export type InteractionDetails = { uid: string; prompt: { name: string }; params: Record<string, unknown> };

  export default class Provider {
    constructor(issuer: string, configuration: Record<string, unknown>);
    issuer: string;
    proxy: boolean;
    Grant: GrantModel;
    callback(): (req: IncomingMessage, res: ServerResponse) => void;
    interactionDetails(req: IncomingMessage, res: ServerResponse): Promise<InteractionDetails>;
    interactionFinished(req: IncomingMessage, res: ServerResponse, result: Record<string, unknown>, options?: { mergeWithLastSubmission?: boolean }): Promise<void>;
  }
}
