# Generated from es/moves/limits.j2 by `python -m calmcli.reply.compile_bundled`: do not edit.
SOURCE_DIGEST = 'e4f20c8a-1916'
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'es/moves/limits.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    pass
    yield from context.blocks['warn'][0](context)
    yield from context.blocks['final'][0](context)
    yield from context.blocks['end'][0](context)
    yield from context.blocks['respect'][0](context)
    yield from context.blocks['warn_spoken'][0](context)
    yield from context.blocks['final_spoken'][0](context)
    yield from context.blocks['end_spoken'][0](context)
    yield from context.blocks['respect_spoken'][0](context)
    yield from context.blocks['warn_letter'][0](context)
    yield from context.blocks['final_letter'][0](context)
    yield from context.blocks['end_letter'][0](context)
    yield from context.blocks['warn_first_spoken'][0](context)
    yield from context.blocks['final_first_spoken'][0](context)

def block_warn(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'Le pedimos que mantenga un tono respetuoso: si los insultos continúan, tendremos que cerrar esta conversación.\n'

def block_final(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'Este es nuestro último aviso: si los insultos continúan, cerraremos esta conversación.\n'

def block_end(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'Como los insultos han continuado, damos por terminada esta conversación.\n'

def block_respect(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'Para poder ayudarle, necesitamos que la conversación se mantenga en un tono respetuoso.\n'

def block_warn_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield '[Si los insultos continúan:] Quiero ayudarle, pero si esto sigue así tendré que colgar.\n'

def block_final_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield '[Si los insultos continúan:] Le pido por última vez que no me falte al respeto; si no, tendré que colgar.\n'

def block_end_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield '[Si vuelven los insultos:] No puedo seguir la llamada en este tono, así que la termino aquí.\n'

def block_respect_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield '[Si sube el tono:] Quiero ayudarle, y será más fácil si hablamos con calma.\n'

def block_warn_letter(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'Le pedimos que mantenga un tono respetuoso: si los insultos continúan, no podremos seguir respondiendo a sus mensajes.\n'

def block_final_letter(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'Este es nuestro último aviso: si los insultos continúan, dejaremos de responder a sus mensajes.\n'

def block_end_letter(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'Como los insultos han continuado, no responderemos a más mensajes en este tono.\n'

def block_warn_first_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'Antes de nada: quiero ayudarle, pero necesito que hablemos con respeto. Si siguen los insultos, tendré que colgar.\n'

def block_final_first_spoken(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'Antes de nada, se lo pido por última vez: hablemos con respeto. Si siguen los insultos, tendré que colgar.\n'

blocks = {'warn': block_warn, 'final': block_final, 'end': block_end, 'respect': block_respect, 'warn_spoken': block_warn_spoken, 'final_spoken': block_final_spoken, 'end_spoken': block_end_spoken, 'respect_spoken': block_respect_spoken, 'warn_letter': block_warn_letter, 'final_letter': block_final_letter, 'end_letter': block_end_letter, 'warn_first_spoken': block_warn_first_spoken, 'final_first_spoken': block_final_first_spoken}
debug_info = '1=11&4=12&7=13&10=14&13=15&16=16&19=17&22=18&25=19&28=20&31=21&34=22&37=23&1=25&4=35&7=45&10=55&13=65&16=75&19=85&22=95&25=105&28=115&31=125&34=135&37=145'
