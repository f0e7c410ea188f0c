// Builds the context every extraction parser sees, from a test passage.
import { articleIdOf } from "../../lambdas/core/article";
import type { ArticleContext } from "../../lambdas/extraction/context";
import { splitSentences } from "../../lambdas/extraction/sentences";

export function contextOf(text: string): ArticleContext {
  return { articleId: articleIdOf(text), text, sentences: splitSentences(text), anchorDate: null };
}
