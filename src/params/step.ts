import type { ParamMatcher } from '@sveltejs/kit';
import { stepBySlug } from '$lib/domain/wizard';

export const match = ((param: string) => stepBySlug(param) !== undefined) satisfies ParamMatcher;
