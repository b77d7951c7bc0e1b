import { featureMessages } from '../../i18n/feature-messages.ts';

export const messages = featureMessages({}, {});
