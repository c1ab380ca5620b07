"""A first tour of the otari SDK: chat, streaming, messages, embeddings, models and errors.

Run it against any gateway by setting two environment variables:

    GATEWAY_API_BASE   the gateway's URL, e.g. http://127.0.0.1:8000
    GATEWAY_API_KEY    an API key the gateway issued (``gw-...``)

and optionally OTARI_CHAT_MODEL / OTARI_EMBEDDING_MODEL (``provider:model``;
defaults ``openai:gpt-4o-mini`` and ``openai:text-embedding-3-small``).

The quickest way to see it run is ``python -m tools.demo`` (or ``nox -s demo``)
from the repository root: it starts a local gateway in front of a fake OpenAI
and runs this file against it, so no real provider account is needed.
"""

from __future__ import annotations

import os

import otari


def heading(title: str) -> None:
    print(f"\n== {title}")


def main() -> None:
    api_base = os.environ["GATEWAY_API_BASE"]
    api_key = os.environ["GATEWAY_API_KEY"]
    chat_model = os.environ.get("OTARI_CHAT_MODEL", "openai:gpt-4o-mini")
    embedding_model = os.environ.get("OTARI_EMBEDDING_MODEL", "openai:text-embedding-3-small")

    # One client per gateway; it keeps a connection pool, so reuse it and close it at the end
    # (the `with` block does that). AsyncOtariClient has the same methods, to be awaited.
    with otari.OtariClient(
        api_base=api_base,
        api_key=api_key,  # sent as "Otari-Key: Bearer <key>"
        # The demo's gateway is any-llm-gateway 1.14, an earlier release, which reads the key
        # from X-AnyLLM-Key instead. Sending both is harmless; a current gateway needs only api_key.
        default_headers={"X-AnyLLM-Key": f"Bearer {api_key}"},
    ) as client:
        heading("Chat completion")
        # The OpenAI-style chat API. The answer is a typed ChatCompletion, not a dict.
        completion = client.completion(
            model=chat_model,
            messages=[{"role": "user", "content": "Say hello to a new otari user."}],
        )
        print(completion.choices[0].message.content)
        usage = completion.usage  # optional in the API, hence the check
        if usage:
            print(f"(tokens: {usage.prompt_tokens} in, {usage.completion_tokens} out)")

        heading("Streamed chat completion")
        # stream=True gives an iterator of chunks; print each piece of text as soon as it arrives.
        stream = client.completion(
            model=chat_model,
            messages=[{"role": "user", "content": "Stream this sentence word by word."}],
            stream=True,
        )
        for chunk in stream:
            for choice in chunk.choices:
                if choice.delta.content:
                    print(choice.delta.content, end="", flush=True)
            if chunk.usage:  # the gateway sends the token counts in the last chunk
                print(f"\n(tokens: {chunk.usage.prompt_tokens} in, {chunk.usage.completion_tokens} out)")

        heading("Message (Anthropic-style API)")
        # The same model through the Messages API; max_tokens is required there.
        message = client.message(
            model=chat_model,
            max_tokens=100,
            messages=[{"role": "user", "content": "Hello from the Messages API."}],
        )
        print("".join(block.text for block in message.content if block.type_ == "text" and block.text))
        print(f"(stop reason: {message.stop_reason})")

        heading("Embeddings")
        # One vector per input text, in the order given.
        embeddings = client.embedding(model=embedding_model, input=["otari", "gateway"])
        for item in embeddings.data:
            vector = item.embedding  # a list of floats (a base64 string if you ask for encoding_format="base64")
            if isinstance(vector, list):
                print(f"input {item.index}: {len(vector)} numbers, starting {[round(x, 3) for x in vector[:4]]}")

        heading("Models")
        # The models this gateway can route to; pass any of these ids as `model`.
        for model in client.list_models():
            print(f"{model.id}  (owned by {model.owned_by})")

    heading("A typed error")
    # Every failure is an otari.OtariError; HTTP errors are subclasses named after what went wrong
    # (AuthenticationError, RateLimitError, NotFoundError, ServerError, ...), so you can catch
    # exactly the cases you handle. Here: a key the gateway never issued.
    wrong_key = "gw-this-key-does-not-exist-0000000000000000000000000000"
    with otari.OtariClient(
        api_base=api_base, api_key=wrong_key, default_headers={"X-AnyLLM-Key": f"Bearer {wrong_key}"}
    ) as stranger:
        try:
            stranger.completion(model=chat_model, messages=[{"role": "user", "content": "Let me in?"}])
        except otari.AuthenticationError as error:
            print(f"{type(error).__name__}: the gateway answered {error.status_code}: {error.message!r}")
            print("The key was refused, so check GATEWAY_API_KEY. (The message never includes the key itself.)")


if __name__ == "__main__":
    main()
