import type { Principal } from '../auth/principal.ts';
import { currentOrganisation } from '../organisations/index.ts';

/** Text shown to people, Vietnamese first (the contract's LocalizedText). */
export interface LocalizedText {
  readonly vi: string;
  readonly en: string;
}

/**
 * Maps an organisation code to where it counts today: itself while in force, else the end of its
 * successor chain (a province dissolved on 1 July 2025 -> the province it was merged into).
 * Unknown codes are refused before a domain is called, so a resolver never has to invent one.
 */
export type OrganisationResolver = (code: string) => string;

/** The resolver every service uses: the reference data's successor chains. */
export const resolveOrganisation: OrganisationResolver = (code) =>
  currentOrganisation(code)?.code ?? code;

/** Who made a change, as revisions and event envelopes record it (expertnet.common.v1.Actor). */
export interface Actor {
  readonly subject: string;
  /** The organisation of the user at the time of the action. */
  readonly orgCode: string;
  readonly roles: readonly string[];
  /** Client id when a service acted on its own behalf. */
  readonly service?: string | undefined;
}

/** What every change needs from outside: who, when, and how organisations resolve today. */
export interface ChangeContext {
  readonly actor: Actor;
  readonly now: Date;
  readonly resolve: OrganisationResolver;
}

/** The actor recorded for a change made by `principal`. */
export function actorOf(principal: Principal): Actor {
  return {
    subject: principal.subject,
    orgCode: principal.org,
    roles: [...principal.roles].sort(),
    service: principal.service,
  };
}

/** A change a service makes on its own behalf (a consumer, a sweep): the service is the actor. */
export function serviceActor(clientId: string): Actor {
  return { subject: clientId, orgCode: '', roles: [], service: clientId };
}
