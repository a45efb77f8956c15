import type { CustomId } from '../custom-ids.js';
import { ask } from './ask.js';
import { claimButton } from './claim-button.js';
import { releaseButton } from './release-button.js';
import { closeButton } from './close-button.js';
import { closeForm } from './close-form.js';
import { keepOpenButton } from './keep-open-button.js';
import { moreButton } from './more-button.js';
import { rateButton } from './rate-button.js';
import { rateForm } from './rate-form.js';
import { reopenButton } from './reopen-button.js';
import { answerFromGuide } from './answer-from-guide.js';
import type { ButtonFeature, CommandFeature, MessageCommandFeature, ModalFeature } from './feature.js';
import { postButton } from './post-button.js';
import { solvedButton } from './solved-button.js';
import { stats } from './stats.js';
import { ticket } from './ticket.js';
import { tickets } from './tickets.js';
import { ticketButton } from './ticket-button.js';
import { ticketForm } from './ticket-form.js';
import { topicButton } from './topic-button.js';
import { topicsPageButton } from './topics-page-button.js';
import { topics } from './topics.js';

/**
 * Every interaction Stepwise handles. Registration, deploy-commands, dispatch and access checks all
 * read these lists: a new slash command, button or modal is one new module added here.
 */
export const COMMANDS: readonly CommandFeature[] = [ask, topics, ticket, tickets, stats];

/** Commands on a message (right-click → Apps). Their names live apart from slash commands': no topic can clash. */
export const MESSAGE_COMMANDS: readonly MessageCommandFeature[] = [answerFromGuide];

type ButtonMap = { [K in CustomId['kind']]?: ButtonFeature<K> };
type ModalMap = { [K in CustomId['kind']]?: ModalFeature<K> };

export const BUTTONS: ButtonMap = {
  topic: topicButton,
  solved: solvedButton,
  ticket: ticketButton,
  claim: claimButton,
  release: releaseButton,
  close: closeButton,
  reopen: reopenButton,
  rate: rateButton,
  'keep-open': keepOpenButton,
  post: postButton,
  more: moreButton,
  'topics-page': topicsPageButton,
};

export const MODALS: ModalMap = {
  'ticket-modal': ticketForm,
  'close-modal': closeForm,
  'rate-modal': rateForm,
};
