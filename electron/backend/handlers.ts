import type { MethodName, MethodOutput, ParsedInput } from '../../shared/contract/api';
import type { BackendContext } from './context';
import {
  addCaseNote,
  changeCaseStatus,
  editCase,
  getCaseDetail,
  openCase,
  searchCases,
} from './domains/cases/case.service';
import {
  createConstituent,
  editConstituent,
  getConstituentDetail,
  searchConstituents,
} from './domains/constituents/constituent.service';
import { getDashboardSummary } from './domains/dashboard/dashboard.service';
import { loadExampleData, removeExampleData } from './domains/example/exampleData.service';
import { getSettings, updateSettings } from './domains/settings/settings.service';

export type Handlers = {
  [M in MethodName]: (ctx: BackendContext, input: ParsedInput<M>) => Promise<MethodOutput<M>>;
};

/** One service call per API method; the dispatcher has already validated the input. */
export const handlers: Handlers = {
  'system.health': async (ctx) => ({ status: 'ok', appVersion: ctx.host.appVersion, schemaVersion: ctx.schemaVersion }),
  'settings.get': (ctx) => getSettings(ctx),
  'settings.update': updateSettings,
  'dashboard.summary': (ctx) => getDashboardSummary(ctx),
  'exampleData.load': (ctx) => loadExampleData(ctx),
  'exampleData.remove': (ctx) => removeExampleData(ctx),
  'constituents.list': searchConstituents,
  'constituents.get': (ctx, input) => getConstituentDetail(ctx, input.id),
  'constituents.create': createConstituent,
  'constituents.update': editConstituent,
  'cases.list': searchCases,
  'cases.get': (ctx, input) => getCaseDetail(ctx, input.id),
  'cases.create': openCase,
  'cases.update': editCase,
  'cases.addNote': addCaseNote,
  'cases.changeStatus': changeCaseStatus,
};
