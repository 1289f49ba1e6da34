import { CLIENTS } from './clients.ts';
import { runSiteContract } from './site-contract.ts';

runSiteContract(CLIENTS['messenger']);
