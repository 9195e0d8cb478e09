// The values a message takes, read from its text by the type checker: `t('x', { … })` with a missing, misspelt or
// extra value is a compile error. Mirrors message-format.ts: `{name}` takes a string or number, `{n, plural, …}` a
// number, `{k, select, …}` a string; arguments inside branches count too.
import type { MessageValue } from './message-format.js';

type Trim<S extends string> = S extends ` ${infer R}` ? Trim<R> : S extends `${infer R} ` ? Trim<R> : S;
type Has<S extends string, C extends string> = S extends `${string}${C}${string}` ? true : false;

/** Reads a branch body up to its closing brace: [body, rest after the brace]. `D` counts the open braces. */
type TakeBody<S extends string, D extends unknown[] = [], Acc extends string = ''> = S extends `${infer A}}${infer B}`
  ? A extends `${infer A1}{${infer A2}`
    ? TakeBody<`${A2}}${B}`, [...D, 0], `${Acc}${A1}{`>
    : D extends [unknown, ...infer Rest]
      ? TakeBody<B, Rest, `${Acc}${A}}`>
      : [`${Acc}${A}`, B]
  : never;

/** Reads the `selector {body}` branches of a plural or select: [arguments of the bodies, rest after the closing brace]. */
type Branches<S extends string, Acc> = S extends `${infer Pre}}${infer Post}`
  ? Has<Pre, '{'> extends true
    ? S extends `${string}{${infer BodyAndRest}`
      ? TakeBody<BodyAndRest> extends [infer Body extends string, infer Rest extends string]
        ? Branches<Rest, Acc & Args<Body>>
        : never
      : never
    : [Acc, Post]
  : never;

type KindOf<T extends string> = T extends 'plural' ? number : string;

/** The arguments of a message as an intersection of one-key records. */
type Args<S extends string, Acc = unknown> = S extends `${string}{${infer Rest}`
  ? Rest extends `${infer Head}}${infer After}`
    ? Head extends `${infer Name},${infer Type},${string}`
      ? Rest extends `${string},${string},${infer Options}`
        ? Branches<Options, Acc & { [K in Trim<Name>]: KindOf<Trim<Type>> }> extends [
            infer Next,
            infer Tail extends string,
          ]
          ? Args<Tail, Next>
          : never
        : never
      : Args<After, Acc & { [K in Trim<Head>]: MessageValue }>
    : Acc
  : Acc;

type Flatten<T> = { [K in keyof T]: T[K] };

/**
 * `MessageArgs<'Hei {name}, du har {n, plural, one {# time} other {# timer}}'>` = `{ name: string | number; n: number }`.
 * A message whose text is not known to the type checker (typed `string`) takes any values.
 */
export type MessageArgs<S extends string> = string extends S ? Record<string, MessageValue> : Flatten<Args<S>>;

/**
 * The rest parameters of `t(key, …)`: nothing for a message without values, the values object otherwise. A key made
 * at run time (a union of keys) or a text the type checker does not know takes its values optionally.
 */
export type ArgsParam<S extends string> = string extends S
  ? [values?: Record<string, MessageValue>]
  : keyof MessageArgs<S> extends never
    ? [values?: Record<string, never>]
    : [values: MessageArgs<S>];
